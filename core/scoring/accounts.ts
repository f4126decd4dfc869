/**
 * Per-account (client and currency) view of the open invoices: what is owed and overdue, the
 * chance the overdue balance is mostly collected within 30 days, and the expected cash in 7, 30
 * and 60 days, which a manager can add up across accounts into a cash forecast.
 */
import { type Confidence, confidenceOf } from "./confidence";
import type { Reason } from "./reasons";
import type { OpenInvoiceScore } from "./score-open";

export interface AccountForecast {
  clientId: string;
  currency: string;
  openInvoices: number;
  openBalanceMinor: number;
  overdueBalanceMinor: number;
  /** Days the oldest open invoice is past due (0 when none is). */
  maxDaysPastDue: number;
  /**
   * Balance-weighted chance of payment within 30 days over the overdue invoices (all open ones when
   * none is overdue): the expected share collected, read as "mostly collected", because a client's
   * invoices tend to be paid together rather than independently.
   */
  pCollected30: number;
  expectedCash7Minor: number;
  expectedCash30Minor: number;
  expectedCash60Minor: number;
  /** Balance × (1 − chance of payment within 30 days), summed: what the worklist ranks by. */
  cashAtRiskMinor: number;
  historyCount: number;
  promisesBroken: number;
  disputed: boolean;
  confidence: Confidence;
  /** Reasons of the invoice with the most cash at risk. */
  reasons: Reason[];
}

/** Groups open-invoice scores into accounts, largest cash at risk first. */
export function forecastAccounts(scores: readonly OpenInvoiceScore[]): AccountForecast[] {
  const groups = new Map<string, OpenInvoiceScore[]>();
  for (const s of scores) {
    const key = `${s.clientId}\u0000${s.currency}`;
    const list = groups.get(key);
    if (list) list.push(s);
    else groups.set(key, [s]);
  }
  const accounts = [...groups.values()].map((list): AccountForecast => {
    const first = list[0]!;
    const overdue = list.filter((s) => s.daysPastDue > 0);
    const weighted = overdue.length > 0 ? overdue : list;
    const weight = weighted.reduce((sum, s) => sum + s.balanceMinor, 0);
    const pCollected30 =
      weight > 0
        ? weighted.reduce((sum, s) => sum + s.balanceMinor * s.pPaid30, 0) / weight
        : weighted.reduce((sum, s) => sum + s.pPaid30, 0) / weighted.length;
    const cash = (p: (s: OpenInvoiceScore) => number) =>
      Math.round(list.reduce((sum, s) => sum + s.balanceMinor * p(s), 0));
    const risk = (s: OpenInvoiceScore) => s.balanceMinor * (1 - s.pPaid30);
    const worst = list.reduce((a, b) => (risk(b) > risk(a) ? b : a));
    const historyCount = Math.max(...list.map((s) => s.historyCount));
    return {
      clientId: first.clientId,
      currency: first.currency,
      openInvoices: list.length,
      openBalanceMinor: list.reduce((sum, s) => sum + s.balanceMinor, 0),
      overdueBalanceMinor: overdue.reduce((sum, s) => sum + s.balanceMinor, 0),
      maxDaysPastDue: Math.max(0, ...list.map((s) => s.daysPastDue)),
      pCollected30,
      expectedCash7Minor: cash((s) => s.pPaid7),
      expectedCash30Minor: cash((s) => s.pPaid30),
      expectedCash60Minor: cash((s) => s.pPaid60),
      cashAtRiskMinor: cash((s) => 1 - s.pPaid30),
      historyCount,
      promisesBroken: Math.max(...list.map((s) => s.promisesBroken)),
      disputed: list.some((s) => s.disputeKnown),
      confidence: confidenceOf(pCollected30, historyCount),
      reasons: worst.reasons,
    };
  });
  return accounts.sort((a, b) => b.cashAtRiskMinor - a.cashAtRiskMinor || a.clientId.localeCompare(b.clientId));
}
