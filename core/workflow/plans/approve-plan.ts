/**
 * Approve or reject a proposed payment plan, once, under the authority matrix. An approved plan is
 * active from today: it pauses reminders on its invoices and the daily run tracks its installments.
 */
import { audit } from "../../actions/audit";
import type { ActionDeps } from "../../actions/documents";
import { fail, ok, type Result } from "../../errors/codes";
import { formatMoney } from "../../money/money";
import type { Principal } from "../../ports/principal";
import type { TenantStore } from "../../ports/store.port";
import { checkAuthority } from "../authority/authority";
import { loadWorkflowConfig } from "../config/config-store";
import { decideOnce } from "../decisions/decide-once";
import { WF_DOC } from "../documents";
import { createTask } from "../tasks";
import type { PaymentPlan } from "./plan-types";

export async function approvePlan(
  store: TenantStore,
  principal: Principal,
  planId: string,
  input: { approve: unknown; note?: unknown; ifMatch?: string },
  deps: ActionDeps,
): Promise<Result<PaymentPlan>> {
  if (typeof input.approve !== "boolean") return fail("VALIDATION", "approve must be true or false");
  const approve = input.approve;
  const note = typeof input.note === "string" && input.note.trim() ? input.note.trim().slice(0, 1000) : undefined;
  const { config } = await loadWorkflowConfig(store);
  const user = await store.getUser(principal.userId);
  const decided = await decideOnce<PaymentPlan>(
    store,
    {
      kind: WF_DOC.plan,
      id: planId,
      openStatus: "proposed",
      actorId: principal.userId,
      ...(input.ifMatch ? { ifMatch: input.ifMatch } : {}),
    },
    async ({ body }) => {
      const authority = checkAuthority(
        principal,
        user,
        approve
          ? { routedTo: body.routedTo, amountMinor: body.totalMinor, currency: body.currency, action: "payment-plan" }
          : { routedTo: body.routedTo },
        config.authority,
      );
      if (!authority.ok) return authority;
      return ok({
        ...body,
        status: approve ? "active" : "rejected",
        decision: {
          approved: approve,
          decidedBy: principal.userId,
          decidedByName: principal.name,
          decidedAt: deps.now,
          ...(note ? { note } : {}),
        },
      });
    },
  );
  if (!decided.ok) return decided;
  const plan = decided.value.after.body;
  const summary = `Payment plan of ${formatMoney(plan.totalMinor, plan.currency)} ${approve ? "approved" : "rejected"} by ${principal.name}`;
  await audit(store, principal, deps, {
    clientId: plan.clientId,
    kind: "decision",
    summary: note ? `${summary}: ${note}` : summary,
    invoiceIds: plan.invoiceIds,
    data: { planId, approved: approve },
  });
  await createTask(
    store,
    {
      id: `${planId}|decided`,
      clientId: plan.clientId,
      kind: "escalation-decided",
      assignedTo: plan.proposedBy,
      title: summary,
      dueDate: deps.asOf,
      invoiceIds: plan.invoiceIds,
      source: `plan:${planId}`,
      createdAt: deps.now,
    },
    principal.userId,
  );
  return ok(plan);
}
