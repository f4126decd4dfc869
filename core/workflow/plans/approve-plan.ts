/**
 * Approve or reject a proposed payment plan, once, under the authority matrix. An approved plan is
 * active from today: it pauses reminders on its invoices and the daily run tracks its installments.
 * The approver may change the terms while approving (an even split, a start date, a total): the new
 * terms are checked like a proposal's, the decider's limit must cover the new total, and the terms
 * as proposed stay on the decision. Whoever proposed the plan may not decide it (four eyes), and
 * nothing about the plan is told before the principal is known to be one who may decide it.
 */
import { audit } from "../../actions/audit";
import type { ActionDeps } from "../../actions/documents";
import { fail, ok, type Result } from "../../errors/codes";
import { formatMoney } from "../../money/money";
import type { Principal } from "../../ports/principal";
import type { StoredDocument, TenantStore } from "../../ports/store.port";
import { loadWorkflowConfig } from "../config/config-store";
import { type ApprovalInput, decideApproval, loadForApproval } from "../decisions/decide-approval";
import { tellRequesterTheOutcome } from "../decisions/decision-tasks";
import { alreadyDecided } from "../decisions/decide-once";
import { WF_DOC } from "../documents";
import { type PlanTerms, planTerms } from "./plan-terms";
import type { PaymentPlan } from "./plan-types";
import { cadenceOf } from "./schedule";

export interface PlanApprovalInput extends ApprovalInput {
  /**
   * Approve with changed terms: `{count, startDate, amountMinor?}` (an even split) or
   * `{amounts, startDate}`; the cadence and invoices stay the proposal's. Only with `approve: true`.
   */
  terms?: unknown;
}

async function changedTerms(
  store: TenantStore,
  current: StoredDocument<PaymentPlan>,
  input: PlanApprovalInput,
  deps: ActionDeps,
): Promise<Result<PlanTerms | undefined>> {
  if (input.terms === undefined) return ok(undefined);
  if (typeof input.terms !== "object" || input.terms === null || Array.isArray(input.terms))
    return fail("VALIDATION", "terms must be an object");
  if (input.approve !== true) return fail("VALIDATION", "terms can only be changed when approving");
  if (current.body.status !== "proposed") return alreadyDecided(current.body);
  const client = await store.getClient(current.body.clientId);
  if (!client) return fail("NOT_FOUND", `no client ${current.body.clientId}`);
  const t = input.terms as Record<string, unknown>;
  const { config } = await loadWorkflowConfig(store);
  return planTerms(
    store,
    client,
    {
      startDate: t.startDate,
      cadence: cadenceOf(current.body.installments),
      invoiceIds: current.body.invoiceIds,
      ...(t.count !== undefined ? { count: t.count } : {}),
      ...(t.amounts !== undefined ? { amounts: t.amounts } : {}),
      ...(t.amountMinor !== undefined ? { amountMinor: t.amountMinor } : {}),
    },
    config,
    deps,
  );
}

export async function approvePlan(
  store: TenantStore,
  principal: Principal,
  planId: string,
  input: PlanApprovalInput,
  deps: ActionDeps,
): Promise<Result<PaymentPlan>> {
  const requester = (p: PaymentPlan) => p.proposedBy;
  const current = await loadForApproval<PaymentPlan>(store, principal, { kind: WF_DOC.plan, id: planId, requester });
  if (!current.ok) return current;
  const terms = await changedTerms(store, current.value, input, deps);
  if (!terms.ok) return terms;
  const changed = terms.value;
  const decided = await decideApproval<PaymentPlan>(
    store,
    principal,
    {
      kind: WF_DOC.plan,
      id: planId,
      openStatus: "proposed",
      action: "payment-plan",
      amountMinor: (p) => changed?.totalMinor ?? p.totalMinor,
      requester,
    },
    input,
    deps,
    (body, { asCommittee: _asCommittee, ...decision }) => ({
      ...body,
      ...(changed
        ? { invoiceIds: changed.invoiceIds, totalMinor: changed.totalMinor, installments: changed.installments }
        : {}),
      status: decision.approved ? "active" : "rejected",
      decision: changed
        ? { ...decision, proposed: { totalMinor: body.totalMinor, installments: body.installments } }
        : decision,
    }),
  );
  if (!decided.ok) return decided;
  const { approved, note, decided: plan } = decided.value;
  const outcome = approved ? (changed ? "approved with changes" : "approved") : "rejected";
  const summary = `Payment plan of ${formatMoney(plan.totalMinor, plan.currency)} ${outcome} by ${principal.name}`;
  const changes = changed
    ? ` (${plan.installments.length} installments from ${plan.installments[0]?.dueDate}; proposed ${plan.decision?.proposed?.installments.length} installments, ${formatMoney(plan.decision?.proposed?.totalMinor ?? 0, plan.currency)})`
    : "";
  await audit(store, principal, deps, {
    clientId: plan.clientId,
    kind: "decision",
    summary: `${summary}${changes}${note ? `: ${note}` : ""}`,
    invoiceIds: plan.invoiceIds,
    data: { planId, approved, ...(changed ? { changed: true, installments: plan.installments } : {}) },
  });
  await tellRequesterTheOutcome(store, principal, deps, {
    requestId: planId,
    clientId: plan.clientId,
    requestedBy: plan.proposedBy,
    title: summary,
    invoiceIds: plan.invoiceIds,
    source: `plan:${planId}`,
  });
  return ok(plan);
}
