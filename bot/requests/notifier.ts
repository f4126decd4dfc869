/**
 * The one door through which payment plans and write-offs proposed outside an escalation reach
 * Teams: the proposal (POST /api/plans, POST /api/write-offs) sends the decider a card; a decision,
 * wherever it was taken (the card, `my approvals`, the HTTP API), refreshes every copy and tells the
 * specialist. Every step is idempotent and keyed by the request's id, and nothing here throws: a
 * proposal or decision stands whatever happens in Teams.
 */
import type { TenantStore } from "../../core/ports/store.port";
import type { DeliveryResult } from "../conversations/card-posts";
import { loadRef, personalRefId } from "../conversations/refs";
import type { BotEnv } from "../env";
import { logEvent, logFailure } from "../log";
import { money } from "../views/format";
import { deliverRequest, refreshRequestCards } from "./delivery";
import { type ApprovalRequest, loadRequest, nounOf, type RequestRef, requesterOf, stateOf } from "./requests";

export interface RequestNotifier {
  /** A new (or still pending) request: each person who may decide it gets the card once. */
  requestProposed(store: TenantStore, ref: RequestRef): Promise<DeliveryResult>;
  /** Decided (or withdrawn): every copy refreshes; the specialist hears of a decision once. */
  requestChanged(store: TenantStore, ref: RequestRef): Promise<void>;
}

const NOTICE_KIND = "bot-notice";

function outcomeText(r: ApprovalRequest, clientName: string): string | undefined {
  const d = r.body.decision;
  if (!d) return undefined;
  const what = `the ${nounOf(r.kind)} for ${clientName}`;
  const note = d.note ? `: ${d.note}` : ".";
  if (!d.approved) return `${d.decidedByName} rejected ${what}${note}`;
  if (r.kind === "write-off") {
    return `${d.decidedByName} approved ${what} (${money(r.body.amountMinor, r.body.currency)})${note}`;
  }
  const plan = r.body;
  const changed = plan.decision?.proposed ? " with changes" : "";
  const terms = `${plan.installments.length} installments from ${plan.installments[0]?.dueDate}, ${money(plan.totalMinor, plan.currency)}`;
  return `${d.decidedByName} approved ${what}${changed} (${terms})${note}`;
}

async function tellRequester(env: BotEnv, store: TenantStore, r: ApprovalRequest): Promise<void> {
  const ref = await loadRef(store, personalRefId(requesterOf(r).userId));
  const text = outcomeText(r, (await store.getClient(r.body.clientId))?.name ?? r.body.clientId);
  if (!ref || !text) return;
  // One message per decision, even when the notifier runs twice; a failed send may be retried.
  const noticeId = `${r.kind}:${r.body.id}:decided`;
  const write = { actorId: "bot", clientId: r.body.clientId };
  const claim = await store.documents.create(NOTICE_KIND, noticeId, { at: env.now().toISOString() }, write);
  if (!claim.ok) return;
  try {
    await env.messenger.send(ref.reference, { text });
  } catch (error) {
    await store.documents.delete(NOTICE_KIND, noticeId);
    throw error;
  }
  logEvent("specialist told of decision", { tenant: store.tenantId, [r.kind]: r.body.id });
}

export function createRequestNotifier(env: BotEnv): RequestNotifier {
  return {
    async requestProposed(store, ref) {
      try {
        const r = await loadRequest(store, ref);
        return r ? await deliverRequest(env, store, r) : "not-pending";
      } catch (error) {
        logFailure("request delivery failed", error, { tenant: store.tenantId, [ref.kind]: ref.id });
        return "failed";
      }
    },
    async requestChanged(store, ref) {
      try {
        const r = await loadRequest(store, ref);
        if (!r) return;
        await refreshRequestCards(env, store, r);
        if (stateOf(r) === "pending") await deliverRequest(env, store, r);
        else await tellRequester(env, store, r);
      } catch (error) {
        logFailure("request update failed", error, { tenant: store.tenantId, [ref.kind]: ref.id });
      }
    },
  };
}
