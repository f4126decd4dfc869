/**
 * The measures law firms already report, computed from the ledger for a stated day or period.
 * Every measure uses `balanceAsOf` for "what was owed on that day", so they agree with aging.
 */
import { balanceAsOf, type LedgerIndex } from "../aging/balance";
import { addDays, addMonths, daysBetween } from "../domain/dates";
import type { Invoice, IsoDate } from "../domain/types";

const outstanding = (
  invoices: Invoice[],
  day: IsoDate,
  ledger?: LedgerIndex,
  keep: (i: Invoice) => boolean = () => true,
) => invoices.reduce((sum, i) => (keep(i) ? sum + balanceAsOf(i, day, ledger) : sum), 0);

const billedIn = (invoices: Invoice[], from: IsoDate, to: IsoDate) =>
  invoices.reduce((sum, i) => (i.invoiceDate >= from && i.invoiceDate <= to ? sum + i.amountMinor : sum), 0);

/**
 * Days sales outstanding by the countback method: starting from AR at `asOf`, subtract each prior
 * month's billings (the month ending at `asOf`, then the one before…), counting that month's days,
 * until AR is used up; the last month counts the fraction of its days that AR still covers.
 * Looks back at most `maxMonths`; returns null when there is no AR.
 */
export function dsoCountback(invoices: Invoice[], asOf: IsoDate, ledger?: LedgerIndex, maxMonths = 24): number | null {
  let remaining = outstanding(invoices, asOf, ledger);
  if (remaining <= 0) return null;
  let days = 0;
  for (let k = 0; k < maxMonths && remaining > 0; k++) {
    const to = addMonths(asOf, -k);
    const from = addDays(addMonths(asOf, -(k + 1)), 1);
    const monthDays = daysBetween(from, to) + 1;
    const sales = billedIn(invoices, from, to);
    if (sales <= 0) {
      days += monthDays;
      continue;
    }
    if (remaining >= sales) {
      remaining -= sales;
      days += monthDays;
    } else {
      days += (remaining / sales) * monthDays;
      remaining = 0;
    }
  }
  return Math.round(days * 10) / 10;
}

/**
 * Collection effectiveness index for [from, to]:
 * (beginning AR + billings − ending AR) / (beginning AR + billings − ending current AR) × 100,
 * where beginning AR is owed at the end of the day before `from` and "current" means not yet due.
 */
export function cei(invoices: Invoice[], from: IsoDate, to: IsoDate, ledger?: LedgerIndex): number | null {
  const beginning = outstanding(invoices, addDays(from, -1), ledger);
  const billed = billedIn(invoices, from, to);
  const ending = outstanding(invoices, to, ledger);
  const endingCurrent = outstanding(invoices, to, ledger, (i) => i.dueDate >= to);
  const denominator = beginning + billed - endingCurrent;
  if (denominator <= 0) return null;
  return Math.round(((beginning + billed - ending) / denominator) * 1000) / 10;
}

export interface DaysToPay {
  invoices: number;
  averageDaysToPay: number | null;
  /** Weighted by invoice amount: what a cash forecast cares about. */
  weightedDaysToPay: number | null;
  averageDaysLate: number | null;
}

/** Over invoices settled within [from, to]: mean days from invoice to payment, and days past due (0 if on time). */
export function daysToPay(invoices: Invoice[], from: IsoDate, to: IsoDate): DaysToPay {
  const paid = invoices.filter((i) => i.paidDate !== undefined && i.paidDate >= from && i.paidDate <= to);
  if (paid.length === 0) return { invoices: 0, averageDaysToPay: null, weightedDaysToPay: null, averageDaysLate: null };
  let days = 0;
  let weighted = 0;
  let weight = 0;
  let late = 0;
  for (const i of paid) {
    const d = daysBetween(i.invoiceDate, i.paidDate!);
    days += d;
    weighted += d * i.amountMinor;
    weight += i.amountMinor;
    late += Math.max(0, daysBetween(i.dueDate, i.paidDate!));
  }
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    invoices: paid.length,
    averageDaysToPay: round(days / paid.length),
    weightedDaysToPay: weight > 0 ? round(weighted / weight) : null,
    averageDaysLate: round(late / paid.length),
  };
}

/** Share (0-1) of AR owed on `asOf` that is more than `days` past due. */
export function shareOver(invoices: Invoice[], asOf: IsoDate, days: number, ledger?: LedgerIndex): number | null {
  const total = outstanding(invoices, asOf, ledger);
  if (total <= 0) return null;
  const over = outstanding(invoices, asOf, ledger, (i) => daysBetween(i.dueDate, asOf) > days);
  return Math.round((over / total) * 10000) / 10000;
}

/** Share (0-1) of invoices issued in [from, to] that were disputed. */
export function disputeRate(invoices: Invoice[], from: IsoDate, to: IsoDate): number | null {
  const issued = invoices.filter((i) => i.invoiceDate >= from && i.invoiceDate <= to);
  if (issued.length === 0) return null;
  return Math.round((issued.filter((i) => i.disputed).length / issued.length) * 10000) / 10000;
}
