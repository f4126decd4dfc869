/**
 * A decision clicked on a request card (or the `my approvals` list): check who clicks and what they
 * submitted, let the workflow's use case decide (authority matrix, exactly once), then let the
 * notifier refresh every copy and tell the specialist. The outcome is the request as it now stands
 * plus one line for the clicker.
 */
import { ErrorCodes } from "../../core/errors/codes";
import type { Principal } from "../../core/ports/principal";
import type { TenantStore } from "../../core/ports/store.port";
import { parseRequestInput, type RequestChoice } from "../cards/request-inputs";
import { actionDepsOf, type BotEnv } from "../env";
import { logEvent } from "../log";
import { instant } from "../views/format";
import { createRequestNotifier } from "./notifier";
import { type ApprovalRequest, loadRequest, nounOf, refOf, requesterOf, stateOf } from "./requests";

export interface RequestCardOutcome {
  request: ApprovalRequest;
  notice: string;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function decidedNotice(r: ApprovalRequest): string {
  const d = r.body.decision;
  return d
    ? `Already decided by ${d.decidedByName} at ${instant(d.decidedAt)}.`
    : `This ${nounOf(r.kind)} is no longer waiting for a decision.`;
}

/** What the request's invoices still owe: a plan changed on the card may not ask for more. */
async function stillOwed(store: TenantStore, r: ApprovalRequest): Promise<number> {
  const invoices = await Promise.all(r.body.invoiceIds.map((id) => store.getInvoice(id)));
  return invoices.reduce((sum, i) => sum + (i && i.status === "open" ? Math.max(0, i.balanceMinor) : 0), 0);
}

/** Decides with an already-checked choice; shared by the request card and the `my approvals` list. */
export async function decideRequestChoice(
  env: BotEnv,
  store: TenantStore,
  r: ApprovalRequest,
  principal: Principal,
  choice: RequestChoice,
): Promise<RequestCardOutcome> {
  const ids = { tenant: store.tenantId, [r.kind]: r.body.id, user: principal.userId };
  const result = await env.decisions.decideRequest(store, principal, { ...refOf(r), ...choice }, actionDepsOf(env));
  const now = (await loadRequest(store, refOf(r))) ?? r;
  if (!result.ok) {
    logEvent("request decision not recorded", { ...ids, code: result.code });
    if (result.code === "ALREADY_DECIDED") return { request: now, notice: decidedNotice(now) };
    return { request: now, notice: `Not recorded: ${ErrorCodes[result.code].title}. ${result.message}` };
  }
  logEvent("request decision recorded", { ...ids, approved: choice.approve, changed: Boolean(choice.terms) });
  await createRequestNotifier(env).requestChanged(store, refOf(now));
  const outcome = choice.approve ? (choice.terms ? "approved with changes" : "approved") : "rejected";
  return { request: now, notice: `Recorded: ${capital(nounOf(r.kind))} ${outcome}.` };
}

export async function decideRequestFromCard(
  env: BotEnv,
  store: TenantStore,
  r: ApprovalRequest,
  principal: Principal,
  verb: string,
  data: Record<string, unknown>,
): Promise<RequestCardOutcome> {
  if (stateOf(r) !== "pending") return { request: r, notice: decidedNotice(r) };
  if (
    !(await env.decisions.mayDecide(store, principal, { routedTo: r.body.routedTo, requester: requesterOf(r).userId }))
  ) {
    logEvent("request decision refused", { tenant: store.tenantId, [r.kind]: r.body.id, code: "FORBIDDEN" });
    return { request: r, notice: `You may not decide this ${nounOf(r.kind)}.` };
  }
  const choice = parseRequestInput(verb, data, {
    kind: r.kind,
    asOf: env.today(),
    currency: r.body.currency,
    outstandingMinor: r.kind === "plan" ? await stillOwed(store, r) : r.body.amountMinor,
  });
  if (!choice.ok) return { request: r, notice: `Not recorded: ${choice.message}.` };
  return decideRequestChoice(env, store, r, principal, choice.value);
}
