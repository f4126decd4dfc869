/**
 * What an invoice still owed on a given day. Aging and every measure ask this one question, so the
 * rule lives in one place: an invoice counts from its invoice date until the day it was settled;
 * payments and credits dated on or before the day reduce it.
 */
import type { Credit, Invoice, IsoDate, Payment } from "../domain/types";

export interface LedgerIndex {
  /** Minor units applied to each invoice, with the day they were applied. */
  reductionsByInvoice: Map<string, { date: IsoDate; amountMinor: number }[]>;
}

export function indexReductions(payments: Payment[], credits: Credit[]): LedgerIndex {
  const reductionsByInvoice = new Map<string, { date: IsoDate; amountMinor: number }[]>();
  const add = (invoiceId: string, date: IsoDate, amountMinor: number) => {
    const list = reductionsByInvoice.get(invoiceId) ?? [];
    list.push({ date, amountMinor });
    reductionsByInvoice.set(invoiceId, list);
  };
  for (const p of payments) for (const a of p.applications) add(a.invoiceId, p.receivedDate, a.amountMinor);
  for (const c of credits) add(c.invoiceId, c.date, c.amountMinor);
  return { reductionsByInvoice };
}

/**
 * Outstanding balance of `invoice` at the end of `asOf`. With a ledger index, payments and credits
 * are replayed; without one, the invoice's own status decides (open → its balance; settled after
 * `asOf` → its full amount).
 */
export function balanceAsOf(invoice: Invoice, asOf: IsoDate, ledger?: LedgerIndex): number {
  if (invoice.invoiceDate > asOf) return 0;
  if (invoice.status !== "open" && invoice.paidDate !== undefined && invoice.paidDate <= asOf) return 0;
  const reductions = ledger?.reductionsByInvoice.get(invoice.id);
  if (reductions) {
    let owed = invoice.amountMinor;
    for (const r of reductions) if (r.date <= asOf) owed -= r.amountMinor;
    return Math.max(owed, 0);
  }
  if (invoice.status === "open") return invoice.balanceMinor;
  return invoice.paidDate === undefined ? 0 : invoice.amountMinor;
}
