/**
 * Where a plan stands: payments are applied to installments oldest first, the running balance is
 * what remains, and an installment not fully paid `missedGraceDays` after its date is missed. Enough
 * missed installments default the plan (reminders resume); paying the total completes it.
 */
import { addDays } from "../../domain/dates";
import type { IsoDate, Payment } from "../../domain/types";
import { sumMinor } from "../../money/money";
import type { PlanPolicy } from "../config/types";
import type { InstallmentProgress, PaymentPlan, PlanProgress, PlanStatus } from "./plan-types";

/** Spreads `amountMinor` over `needs` in order: each takes up to what it still needs; the rest is left over. */
export function allocateOldestFirst(
  amountMinor: number,
  needs: readonly number[],
): { allocated: number[]; leftoverMinor: number } {
  let left = amountMinor;
  const allocated = needs.map((need) => {
    const take = Math.max(0, Math.min(need, left));
    left -= take;
    return take;
  });
  return { allocated, leftoverMinor: left };
}

/** Minor units paid toward the plan up to `asOf`: applications to its invoices received from `countFrom` on. */
export function paidTowardPlan(
  plan: Pick<PaymentPlan, "invoiceIds" | "countFrom">,
  payments: Payment[],
  asOf: IsoDate,
): number {
  const invoices = new Set(plan.invoiceIds);
  return sumMinor(
    payments
      .filter((p) => p.receivedDate >= plan.countFrom && p.receivedDate <= asOf)
      .flatMap((p) => p.applications.filter((a) => invoices.has(a.invoiceId)).map((a) => a.amountMinor)),
  );
}

export function planProgress(
  plan: Pick<PaymentPlan, "installments" | "totalMinor">,
  paidMinor: number,
  asOf: IsoDate,
  policy: Pick<PlanPolicy, "missedGraceDays">,
): PlanProgress {
  const ordered = [...plan.installments].sort((a, b) =>
    a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.seq - b.seq,
  );
  const { allocated } = allocateOldestFirst(
    paidMinor,
    ordered.map((i) => i.amountMinor),
  );
  const installments: InstallmentProgress[] = ordered.map((inst, k) => {
    const paid = allocated[k] ?? 0;
    const overdue = addDays(inst.dueDate, policy.missedGraceDays) < asOf;
    const state = paid >= inst.amountMinor ? "paid" : overdue ? "missed" : paid > 0 ? "partial" : "due";
    return { ...inst, paidMinor: paid, state };
  });
  return {
    asOf,
    paidMinor,
    balanceMinor: Math.max(0, plan.totalMinor - paidMinor),
    missedCount: installments.filter((i) => i.state === "missed").length,
    installments,
  };
}

/** An active plan's status after today's progress. */
export function statusAfter(progress: PlanProgress, policy: Pick<PlanPolicy, "defaultAfterMissed">): PlanStatus {
  if (progress.balanceMinor === 0) return "completed";
  if (progress.missedCount >= policy.defaultAfterMissed) return "defaulted";
  return "active";
}
