/**
 * The one door through which escalation events reach Teams, whoever caused them: the specialist's
 * request (POST /api/escalations), the workflow engine's timing, or a decision taken on a card.
 * Every step is idempotent, so calling it again after a retry sends nothing twice.
 */
import type { Escalation } from "../../core/actions/documents";
import type { TenantStore } from "../../core/ports/store.port";
import { loadRef, personalRefId } from "../conversations/refs";
import type { BotEnv } from "../env";
import { logEvent, logFailure } from "../log";
import { type DeliveryResult, deliverEscalation, refreshEscalationCards } from "./delivery";
import { OPTION_LABELS } from "./recommend";

export interface EscalationNotifier {
  /** A new (or still pending) escalation: the routed partner gets the card once. */
  escalationRequested(store: TenantStore, escalation: Escalation): Promise<DeliveryResult>;
  /** Decided, reassigned or routed up: every copy refreshes; a new assignee gets the card; the specialist hears of a decision. */
  escalationChanged(store: TenantStore, escalation: Escalation): Promise<void>;
}

const NOTICE_KIND = "bot-notice";

async function tellSpecialist(env: BotEnv, store: TenantStore, e: Escalation): Promise<void> {
  if (!e.decision) return;
  const ref = await loadRef(store, personalRefId(e.requestedBy));
  if (!ref) return;
  // One message per decision, even when the notifier runs twice.
  const claim = await store.documents.create(
    NOTICE_KIND,
    `${e.id}:decided`,
    { at: env.now().toISOString() },
    {
      actorId: "bot",
      clientId: e.clientId,
    },
  );
  if (!claim.ok) return;
  const client = await store.getClient(e.clientId);
  const label = OPTION_LABELS[e.decision.option] ?? e.decision.option;
  await env.messenger.send(ref.reference, {
    text: `${e.decision.decidedByName} decided the escalation for ${client?.name ?? e.clientId}: ${label}.`,
  });
  logEvent("specialist told of decision", { tenant: store.tenantId, escalation: e.id });
}

export function createEscalationNotifier(env: BotEnv): EscalationNotifier {
  return {
    async escalationRequested(store, escalation) {
      try {
        return await deliverEscalation(env, store, escalation);
      } catch (error) {
        logFailure("escalation delivery failed", error, { tenant: store.tenantId, escalation: escalation.id });
        return "failed";
      }
    },
    async escalationChanged(store, escalation) {
      try {
        await refreshEscalationCards(env, store, escalation);
        if (escalation.status === "pending") await deliverEscalation(env, store, escalation);
        else await tellSpecialist(env, store, escalation);
      } catch (error) {
        logFailure("escalation update failed", error, { tenant: store.tenantId, escalation: escalation.id });
      }
    },
  };
}
