/**
 * Kept or broken, decided from payments. A promise is kept when the payments received from the day
 * it was recorded up to its date plus the grace days cover the promised amount (counting only what
 * was applied to the promised invoices when it names some); broken when that deadline has passed
 * without it; open until then.
 */
import { addDays } from "../../domain/dates";
import type { IsoDate, Payment } from "../../domain/types";
import type { PromiseToPay } from "../../actions/documents";

export interface PromiseOutcome {
  status: "open" | "kept" | "broken";
  paidMinor: number;
  /** Day the payments reached the promised amount. */
  keptOn?: IsoDate;
  deadline: IsoDate;
}

export function promiseOutcome(
  promise: Pick<PromiseToPay, "invoiceIds" | "amountMinor" | "promisedDate" | "recordedAt">,
  payments: Payment[],
  asOf: IsoDate,
  graceDays: number,
): PromiseOutcome {
  const from = promise.recordedAt.slice(0, 10);
  const deadline = addDays(promise.promisedDate, graceDays);
  const until = asOf < deadline ? asOf : deadline;
  const wanted = promise.invoiceIds.length ? new Set(promise.invoiceIds) : undefined;
  const counted = payments
    .filter((p) => p.receivedDate >= from && p.receivedDate <= until)
    .map((p) => ({
      date: p.receivedDate,
      amountMinor: wanted
        ? p.applications.filter((a) => wanted.has(a.invoiceId)).reduce((s, a) => s + a.amountMinor, 0)
        : p.amountMinor,
    }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let paid = 0;
  for (const c of counted) {
    paid += c.amountMinor;
    if (paid >= promise.amountMinor) return { status: "kept", paidMinor: paid, keptOn: c.date, deadline };
  }
  return { status: asOf > deadline ? "broken" : "open", paidMinor: paid, deadline };
}
