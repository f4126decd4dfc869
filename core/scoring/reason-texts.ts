/**
 * Plain-words facts behind each feature, with the client's real numbers, for a collector to repeat
 * to a partner ("paid 4 of the last 6 invoices late, on average 23 days after the due date").
 * They state facts; whether a fact raises or lowers the risk is said separately.
 */
import { minorExponent } from "../money/money";
import { monthOfDay, spokenDay } from "./day";
import type { HistoryTable } from "./history";
import { type Ledger, PAPER, PORTAL } from "./ledger";
import type { PaceState } from "./pace-predict";

export interface ReasonFacts {
  ledger: Ledger;
  history: HistoryTable;
  /** History row of the score. */
  k: number;
  /** Ledger row of the invoice. */
  row: number;
  /** Scoring day. */
  day: number;
  currency: string;
  state: PaceState;
  /** For open invoices: the pace model's chance of payment within 30 days. */
  pacePaid30?: number;
  disputeKnown?: boolean;
  rejectionKnown?: boolean;
}

const WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July"];
const MONTHS_LATE = ["August", "September", "October", "November", "December"];

/** "one invoice", "two invoices", "12 invoices". */
export function counted(n: number, singular: string, plural = `${singular}s`): string {
  const r = Math.round(n);
  return `${WORDS[r] ?? String(r)} ${r === 1 ? singular : plural}`;
}

const formats = new Map<string, Intl.NumberFormat>();

/** `$1,234.56`, as core/money's formatMoney, with the formatter cached: reasons are made in bulk. */
export function moneyText(minor: number, currency: string): string {
  let format = formats.get(currency);
  if (format === undefined) {
    const exp = minorExponent(currency);
    format = new Intl.NumberFormat("en-US", {
      style: "currency",
      currency,
      minimumFractionDigits: exp,
      maximumFractionDigits: exp,
    });
    formats.set(currency, format);
  }
  return format.format(Math.round(minor) / 10 ** minorExponent(currency));
}

function money(facts: ReasonFacts, minor: number): string {
  return moneyText(minor, facts.currency);
}

type Render = (f: ReasonFacts) => string;

const h = (f: ReasonFacts, column: keyof Omit<HistoryTable, "rows">) => f.history[column][f.k]!;

export const REASON_TEXTS: Record<string, Render> = {
  pace_late: (f) =>
    h(f, "settled") < 3
      ? `little payment history (${counted(h(f, "settled"), "settled invoice")}): judged on the firm's usual pace of about ${Math.round(f.state.expectedDays)} days`
      : `usually pays about ${Math.round(f.state.expectedDays)} days after the invoice date, on ${f.ledger.due[f.row]! - f.ledger.issued[f.row]!}-day terms`,
  pace_paid_30d: (f) =>
    `at the client's usual pace of about ${Math.round(f.state.expectedDays)} days, an invoice ${f.day - f.ledger.issued[f.row]!} days old has a ${Math.round(100 * (f.pacePaid30 ?? 0))}% chance of payment in the next 30 days`,
  late_share: (f) =>
    h(f, "settled") === 0
      ? "no settled invoices yet"
      : `paid ${h(f, "late")} of ${h(f, "settled")} past invoices after the due date`,
  recent_late_share: (f) =>
    h(f, "last6Late") === 0
      ? h(f, "last6") === 0
        ? "no recent payments"
        : `paid the last ${counted(h(f, "last6"), "invoice")} on time`
      : `paid ${h(f, "last6Late")} of the last ${h(f, "last6")} invoices late, on average ${Math.round(h(f, "last6DaysLate") / h(f, "last6Late"))} days after the due date`,
  dispute_rate: (f) => `disputed ${h(f, "disputes")} of ${h(f, "settled")} settled invoices`,
  history_count: (f) => `${counted(h(f, "settled"), "invoice")} settled so far`,
  log_amount: (f) => `an invoice of ${money(f, f.ledger.amount[f.row]!)}`,
  amount_vs_usual: (f) =>
    h(f, "usualAmount") > 0
      ? `${(f.ledger.amount[f.row]! / h(f, "usualAmount")).toFixed(1)} times the client's usual invoice of ${money(f, h(f, "usualAmount"))}`
      : "the client's first invoice",
  paper: (f) => (f.ledger.flags[f.row]! & PAPER ? "sent on paper" : "sent electronically"),
  portal: (f) =>
    f.ledger.flags[f.row]! & PORTAL ? "submitted on the client's e-billing portal" : "not on an e-billing portal",
  open_count: (f) => `${counted(h(f, "openCount"), "other invoice")} still open`,
  open_amount: (f) => `already owes ${money(f, h(f, "openAmount"))} on other invoices`,
  open_max_days_past_due: (f) =>
    h(f, "openMaxDaysPastDue") > 0
      ? `oldest open invoice is ${h(f, "openMaxDaysPastDue")} days past due`
      : "no other invoice past due",
  rejected_ebills: (f) => `${counted(h(f, "rejected"), "invoice")} rejected on the client's e-billing portal`,
  reminders_90d: (f) => `${counted(h(f, "reminders90"), "reminder")} sent in the last 90 days`,
  promises_broken: (f) =>
    h(f, "promisesBroken") === 0
      ? "no promise to pay broken"
      : h(f, "promisesBroken") === 1
        ? `a promise to pay was broken on ${spokenDay(h(f, "lastBrokenDay"))}`
        : `${counted(h(f, "promisesBroken"), "promise")} to pay broken, the last on ${spokenDay(h(f, "lastBrokenDay"))}`,
  promises_kept: (f) => `kept ${counted(h(f, "promisesKept"), "promise")} to pay`,
  disputes_raised: (f) =>
    h(f, "disputesRaised") === 0
      ? "no dispute raised in the last year"
      : `${counted(h(f, "disputesRaised"), "dispute")} raised in the last year, the last on ${spokenDay(h(f, "lastDisputeDay"))}`,
  dispute_known: (f) => (f.disputeKnown ? "this invoice is in dispute" : "no dispute on this invoice"),
  rejected_on_portal: (f) =>
    f.rejectionKnown
      ? "this invoice was rejected on the client's e-billing portal"
      : "not rejected on the e-billing portal",
  days_past_due: (f) => {
    const late = f.day - f.ledger.due[f.row]!;
    return late > 0 ? `this invoice is ${late} days past due` : `this invoice is due in ${-late} days`;
  },
  season: (f) => `invoiced in ${[...MONTHS, ...MONTHS_LATE][monthOfDay(f.day) - 1]}`,
  terms_days: (f) => `${f.ledger.due[f.row]! - f.ledger.issued[f.row]!}-day payment terms`,
};
