/**
 * Dispute rate over the invoices issued in the period: `disputeRate = disputed ÷ issued`, where an
 * invoice is disputed when the ledger flags it or a dispute record names it. Disputed invoices stay
 * in every statistic (a dispute stops dunning, not counting). Reasons come from the dispute records,
 * else from the ledger's dispute reason.
 */
import type { Dispute } from "../../actions/documents";
import type { Invoice } from "../../domain/types";
import { sumMinor } from "../../money/money";
import { inPeriod, type Period, ratio } from "./period";

export interface DisputeReport {
  issued: number;
  disputed: number;
  disputeRate: number | null;
  disputedAmountMinor: number;
  byReason: Record<string, number>;
  openDisputes: number;
}

export function disputeRate(invoices: Invoice[], disputes: Dispute[], period: Period): DisputeReport {
  const reasonOf = new Map<string, string>();
  for (const d of disputes) for (const id of d.invoiceIds) reasonOf.set(id, d.reasonCode);
  const issued = invoices.filter((i) => inPeriod(i.invoiceDate, period));
  const disputed = issued.filter((i) => i.disputed || reasonOf.has(i.id));
  const byReason: Record<string, number> = {};
  for (const i of disputed) {
    const reason = reasonOf.get(i.id) ?? (i.disputeReason ?? "unspecified").replace(/\s+/g, "-");
    byReason[reason] = (byReason[reason] ?? 0) + 1;
  }
  return {
    issued: issued.length,
    disputed: disputed.length,
    disputeRate: ratio(disputed.length, issued.length),
    disputedAmountMinor: sumMinor(disputed.map((i) => i.amountMinor)),
    byReason,
    openDisputes: disputes.filter((d) => d.status === "open").length,
  };
}
