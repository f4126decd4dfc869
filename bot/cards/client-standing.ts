/**
 * How a client stands today, in the words every client card uses (status, escalation): the balance
 * facts, the aging bars and the payment-likelihood section, so two cards never describe it apart.
 */
import { bar, type CardElement, section, subtle } from "./card-kit";
import type { AgingLine, ScoreView } from "./models";

export interface ClientBalance {
  outstanding: string;
  openInvoiceCount: number;
  oldestDaysPastDue: number;
}

/** The balance facts a client card leads with: what is owed, on how many invoices, and how late. */
export function balanceFacts(m: ClientBalance): [string, string][] {
  return [
    ["Outstanding", m.outstanding],
    ["Open invoices", String(m.openInvoiceCount)],
    ["Oldest", `${m.oldestDaysPastDue} days past due`],
  ];
}

/** One bar per aging bucket, sized by its share of the balance. */
export function agingSection(aging: AgingLine[]): CardElement {
  return section(
    "Aging",
    aging.map((a) => bar(a.label, a.share, a.amount)),
  );
}

/** A client no model has scored yet says so, rather than the section going missing. */
export function scoreSection(score: ScoreView | null, render: (score: ScoreView) => CardElement[]): CardElement {
  return section(
    "Payment likelihood",
    score ? render(score) : [subtle("Score not available: no model has scored this client yet.")],
  );
}
