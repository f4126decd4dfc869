/**
 * The engine's daily plan check: apply the client's payments to each active plan's installments
 * (oldest first), record the running balance, open a follow-up task for each newly missed
 * installment, and end the plan when it is paid (completed) or has too many misses (defaulted:
 * reminders resume on its invoices). Updates are compare-and-set on the plan document.
 */
import type { Client, IsoDate, IsoInstant } from "../../domain/types";
import { formatMoney } from "../../money/money";
import type { NewInteraction, StoredDocument, TenantStore } from "../../ports/store.port";
import type { PlanPolicy } from "../config/types";
import { WF_DOC, WORKFLOW_ACTOR } from "../documents";
import type { PaymentsOf } from "../engine/payments-cache";
import { createTask } from "../tasks";
import type { PaymentPlan } from "./plan-types";
import { paidTowardPlan, planProgress, statusAfter } from "./progress";

export interface PlanRun {
  missed: number;
  defaulted: number;
  completed: number;
  records: NewInteraction[];
  /** Plans in force after the check (active ones pause reminders on their invoices). */
  plans: PaymentPlan[];
}

export async function updatePlans(
  store: TenantStore,
  plans: StoredDocument<PaymentPlan>[],
  ctx: {
    asOf: IsoDate;
    runAt: IsoInstant;
    policy: PlanPolicy;
    paymentsOf: PaymentsOf;
    clients: Map<string, Client>;
    newId: () => string;
  },
): Promise<PlanRun> {
  const run: PlanRun = { missed: 0, defaulted: 0, completed: 0, records: [], plans: [] };
  for (const doc of plans) {
    const plan = doc.body;
    if (plan.status !== "active") {
      run.plans.push(plan);
      continue;
    }
    const progress = planProgress(
      plan,
      paidTowardPlan(plan, await ctx.paymentsOf(plan.clientId), ctx.asOf),
      ctx.asOf,
      ctx.policy,
    );
    const status = statusAfter(progress, ctx.policy);
    const before = new Set(plan.progress?.installments.filter((i) => i.state === "missed").map((i) => i.seq));
    const newlyMissed = progress.installments.filter((i) => i.state === "missed" && !before.has(i.seq));
    const changed = status !== plan.status || progress.paidMinor !== plan.progress?.paidMinor || newlyMissed.length > 0;
    if (!changed) {
      run.plans.push(plan);
      continue;
    }
    const body: PaymentPlan = { ...plan, status, progress };
    const saved = await store.documents.replace(WF_DOC.plan, doc.id, body, {
      actorId: WORKFLOW_ACTOR,
      clientId: plan.clientId,
      ifMatch: doc.etag,
    });
    if (!saved.ok) {
      run.plans.push(plan);
      continue;
    }
    run.plans.push(body);
    const client = ctx.clients.get(plan.clientId);
    const assignee = client?.collectorId ?? client?.billingPartnerId ?? "unassigned";
    const note = (summary: string, data: Record<string, unknown>) =>
      run.records.push({
        id: ctx.newId(),
        clientId: plan.clientId,
        kind: "plan",
        at: ctx.runAt,
        actorId: WORKFLOW_ACTOR,
        summary,
        invoiceIds: plan.invoiceIds,
        data: { planId: plan.id, ...data },
      });
    for (const inst of newlyMissed) {
      run.missed += 1;
      note(`Installment ${inst.seq} of ${formatMoney(inst.amountMinor, plan.currency)} due ${inst.dueDate} missed`, {
        outcome: "missed",
        seq: inst.seq,
      });
      await createTask(store, {
        id: `${plan.id}|missed|${inst.seq}`,
        clientId: plan.clientId,
        kind: "missed-installment",
        assignedTo: assignee,
        title: `Missed installment ${inst.seq} (${formatMoney(inst.amountMinor - inst.paidMinor, plan.currency)} short) on ${client?.name ?? plan.clientId}'s plan`,
        dueDate: ctx.asOf,
        invoiceIds: plan.invoiceIds,
        source: `plan:${plan.id}`,
        createdAt: ctx.runAt,
      });
    }
    if (status === "completed") {
      run.completed += 1;
      note("Payment plan completed: paid in full", { outcome: "completed" });
    } else if (status === "defaulted") {
      run.defaulted += 1;
      note(`Payment plan defaulted after ${progress.missedCount} missed installments; reminders resume`, {
        outcome: "defaulted",
      });
      await createTask(store, {
        id: `${plan.id}|defaulted`,
        clientId: plan.clientId,
        kind: "plan-defaulted",
        assignedTo: assignee,
        title: `Payment plan defaulted: ${client?.name ?? plan.clientId}, ${formatMoney(progress.balanceMinor, plan.currency)} still owed`,
        dueDate: ctx.asOf,
        invoiceIds: plan.invoiceIds,
        source: `plan:${plan.id}`,
        createdAt: ctx.runAt,
      });
    }
  }
  return run;
}
