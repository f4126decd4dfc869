/**
 * Approve or reject a proposed payment plan, once, under the authority matrix. An approved plan is
 * active from today: it pauses reminders on its invoices and the daily run tracks its installments.
 */
import { audit } from "../../actions/audit";
import type { ActionDeps } from "../../actions/documents";
import { ok, type Result } from "../../errors/codes";
import { formatMoney } from "../../money/money";
import type { Principal } from "../../ports/principal";
import type { TenantStore } from "../../ports/store.port";
import { type ApprovalInput, decideApproval } from "../decisions/decide-approval";
import { tellRequesterTheOutcome } from "../decisions/decision-tasks";
import { WF_DOC } from "../documents";
import type { PaymentPlan } from "./plan-types";

export async function approvePlan(
  store: TenantStore,
  principal: Principal,
  planId: string,
  input: ApprovalInput,
  deps: ActionDeps,
): Promise<Result<PaymentPlan>> {
  const decided = await decideApproval<PaymentPlan>(
    store,
    principal,
    { kind: WF_DOC.plan, id: planId, openStatus: "proposed", action: "payment-plan", amountMinor: (p) => p.totalMinor },
    input,
    deps,
    (body, { asCommittee: _asCommittee, ...decision }) => ({
      ...body,
      status: decision.approved ? "active" : "rejected",
      decision,
    }),
  );
  if (!decided.ok) return decided;
  const { approved, note, decided: plan } = decided.value;
  const summary = `Payment plan of ${formatMoney(plan.totalMinor, plan.currency)} ${approved ? "approved" : "rejected"} by ${principal.name}`;
  await audit(store, principal, deps, {
    clientId: plan.clientId,
    kind: "decision",
    summary: note ? `${summary}: ${note}` : summary,
    invoiceIds: plan.invoiceIds,
    data: { planId, approved },
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
