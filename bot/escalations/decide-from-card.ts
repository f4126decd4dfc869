/**
 * A decision clicked on a card: check the inputs, call the decision use case, and let the notifier
 * refresh every copy of the card, hand a rerouted escalation to its new decider, and tell the
 * specialist. The outcome is the escalation as it now stands plus one line for the clicker.
 */
import { DOC, type Escalation } from "../../core/actions/documents";
import { ErrorCodes } from "../../core/errors/codes";
import type { Principal } from "../../core/ports/principal";
import type { TenantStore } from "../../core/ports/store.port";
import { parseDecisionInput } from "../cards/escalation-inputs";
import { actionDepsOf, type BotEnv } from "../env";
import { logEvent } from "../log";
import { instant } from "../views/format";
import { reassignCandidates } from "./escalation-view";
import { createEscalationNotifier } from "./notifier";
import { OPTION_LABELS } from "./recommend";

export interface CardOutcome {
  escalation: Escalation;
  notice: string;
}

function decidedNotice(e: Escalation): string {
  const d = e.decision;
  return d
    ? `Already decided by ${d.decidedByName} at ${instant(d.decidedAt)}.`
    : "This escalation is no longer pending.";
}

async function reload(store: TenantStore, e: Escalation): Promise<Escalation> {
  return (await store.documents.get<Escalation>(DOC.escalation, e.id))?.body ?? e;
}

export async function decideFromCard(
  env: BotEnv,
  store: TenantStore,
  e: Escalation,
  principal: Principal,
  verb: string,
  data: Record<string, unknown>,
): Promise<CardOutcome> {
  const ids = { tenant: store.tenantId, escalation: e.id, user: principal.userId, verb };
  if (e.status !== "pending") return { escalation: e, notice: decidedNotice(e) };
  if (!(await env.decisions.mayDecide(store, principal, e))) {
    logEvent("card decision refused", { ...ids, code: "FORBIDDEN" });
    return { escalation: e, notice: "You may not decide this escalation." };
  }
  const users = await store.listUsers();
  const input = parseDecisionInput(verb, data, {
    asOf: env.today(),
    currency: e.evidence.currency,
    outstandingMinor: e.evidence.totalOutstandingMinor,
    reassignable: reassignCandidates(users, e.routedTo).map((u) => u.id),
  });
  if (!input.ok) return { escalation: e, notice: `Not recorded: ${input.message}.` };
  const result = await env.decisions.decide(store, principal, e.id, input.value, actionDepsOf(env));
  if (!result.ok) {
    logEvent("card decision not recorded", { ...ids, code: result.code });
    const now = await reload(store, e);
    if (result.code === "ALREADY_DECIDED") return { escalation: now, notice: decidedNotice(now) };
    return { escalation: now, notice: `Not recorded: ${ErrorCodes[result.code].title}. ${result.message}` };
  }
  const outcome = result.value;
  logEvent("card decision recorded", { ...ids, outcome: outcome.kind });
  await createEscalationNotifier(env).escalationChanged(store, outcome.escalation);
  const name = (id: string) => users.find((u) => u.id === id)?.displayName ?? id;
  if (outcome.kind === "decided") {
    const label = OPTION_LABELS[outcome.escalation.decision?.option ?? "decline"];
    return { escalation: outcome.escalation, notice: `Recorded: ${label}.` };
  }
  const to = name(outcome.escalation.routedTo);
  return {
    escalation: outcome.escalation,
    notice:
      outcome.reason === "over-authority"
        ? `Above your approval authority: sent to ${to} for the decision.`
        : `Reassigned to ${to}.`,
  };
}
