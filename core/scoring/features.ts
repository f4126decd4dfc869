/**
 * Features of the "paid late, judged at issue" model. Every value for an invoice scored on day t
 * comes from its own issue-time attributes and the client's point-in-time history before t.
 * The invoice's own `disputed` flag is deliberately absent: at issue no dispute exists yet, and in
 * imported ledgers (the IBM sample among them) the flag records how the invoice ended, so using it
 * would leak the outcome. Disputes enter through the client's past disputes instead.
 */
import { logit } from "./calibration";
import type { ContextHistory } from "./chunks";
import { logAmount } from "./covariates";
import { monthOfDay } from "./day";
import type { HistoryTable } from "./history";
import { type Ledger, PAPER, PORTAL } from "./ledger";
import type { DesignMatrix } from "./logistic";
import type { PaceModel } from "./pace";
import type { Scratch } from "./scratch";
import { paceLateChance, paceState } from "./pace-predict";

/** Feature columns of the late-payment model, in design order; the first four depend on fitted context. */
export const ISSUE_FEATURES = [
  ...["pace_late", "late_share", "recent_late_share", "dispute_rate", "history_count", "log_amount"],
  ...["amount_vs_usual", "paper", "portal", "open_count", "open_amount", "open_max_days_past_due"],
  ...["rejected_ebills", "reminders_90d", "promises_broken", "promises_kept", "disputes_raised"],
  ...["month_sin", "month_cos", "terms_days"],
] as const;
export type IssueFeature = (typeof ISSUE_FEATURES)[number];

/** Plain names for the model card's leading indicators. */
export const FEATURE_LABELS: Record<string, string> = {
  pace_late: "Client's usual payment pace against the terms",
  late_share: "Share of the client's past invoices paid late",
  recent_late_share: "Lateness of the client's most recent payments",
  dispute_rate: "How often the client disputes invoices",
  history_count: "Number of invoices the client has settled",
  log_amount: "Invoice amount",
  amount_vs_usual: "Invoice amount against the client's usual",
  paper: "Invoice sent on paper",
  portal: "Invoice submitted on the client's e-billing portal",
  open_count: "Other invoices of the client still open",
  open_amount: "Amount the client already owes",
  open_max_days_past_due: "Days the client's oldest open invoice is past due",
  rejected_ebills: "Invoices rejected on the client's e-billing portal",
  reminders_90d: "Reminders sent in the last 90 days",
  promises_broken: "Promises to pay broken",
  promises_kept: "Promises to pay kept",
  disputes_raised: "Disputes raised in the last year",
  month_sin: "Time of year",
  month_cos: "Time of year",
  terms_days: "Payment terms",
};

/** Shrinkage of the naive late share toward the firm rate: two invoices' worth, as the reference baseline. */
export const NAIVE_STRENGTH = 2;

/** The naive baseline: the client's past late share, shrunk toward the firm's late rate. */
export function naiveLateShare(history: ContextHistory, k: number, baseLateRate: number): number {
  return (history.late[k]! + NAIVE_STRENGTH * baseLateRate) / (history.settled[k]! + NAIVE_STRENGTH);
}

/** Values that need fitted quantities (pace model, firm late rate): refreshed for each training fold. */
export interface FeatureContext {
  pace: PaceModel;
  baseLateRate: number;
}

/** Fills the four context columns (0-3) of design row `k` (query invoice `inv[k]`). */
export function fillContext(
  design: DesignMatrix,
  ledger: Ledger,
  history: ContextHistory,
  k: number,
  row: number,
  ctx: FeatureContext,
): void {
  const { x, cols } = design;
  const state = paceState(ctx.pace, history, k, ledger, row, false);
  const o = k * cols;
  x[o] = logit(paceLateChance(ctx.pace, state, ledger.due[row]! - ledger.issued[row]!));
  x[o + 1] = naiveLateShare(history, k, ctx.baseLateRate);
  x[o + 2] = (history.recentNum[k]! + ctx.baseLateRate) / (history.recentDen[k]! + 1);
  x[o + 3] =
    (history.disputes[k]! + ctx.pace.disputeStrength * ctx.pace.disputeRate) /
    (history.settled[k]! + ctx.pace.disputeStrength);
}

/**
 * Design matrix for queries (invoice `inv[k]` scored on day `t[k]`), context columns left at 0.
 * Counts enter as log(1 + n) so one client with fifty open invoices does not dominate the fit.
 */
export function issueDesign(
  ledger: Ledger,
  history: HistoryTable,
  inv: Int32Array,
  t: Int32Array,
  scratch?: Scratch,
): DesignMatrix {
  const cols = ISSUE_FEATURES.length;
  const x = scratch ? scratch.take("issue.design", inv.length * cols) : new Float64Array(inv.length * cols);
  for (let k = 0; k < inv.length; k += 1) {
    const row = inv[k]!;
    const o = k * cols;
    const amount = ledger.amount[row]!;
    const usual = history.usualAmount[k]!;
    const month = monthOfDay(t[k]!);
    x[o + 4] = Math.log1p(history.settled[k]!);
    x[o + 5] = logAmount(amount);
    x[o + 6] = usual > 0 && amount > 0 ? Math.max(-3, Math.min(3, Math.log(amount / usual))) : 0;
    x[o + 7] = ledger.flags[row]! & PAPER ? 1 : 0;
    x[o + 8] = ledger.flags[row]! & PORTAL ? 1 : 0;
    x[o + 9] = Math.log1p(history.openCount[k]!);
    x[o + 10] = logAmount(history.openAmount[k]!);
    x[o + 11] = history.openMaxDaysPastDue[k]!;
    x[o + 12] = Math.log1p(history.rejected[k]!);
    x[o + 13] = Math.log1p(history.reminders90[k]!);
    x[o + 14] = Math.log1p(history.promisesBroken[k]!);
    x[o + 15] = Math.log1p(history.promisesKept[k]!);
    x[o + 16] = Math.log1p(history.disputesRaised[k]!);
    x[o + 17] = Math.sin((2 * Math.PI * month) / 12);
    x[o + 18] = Math.cos((2 * Math.PI * month) / 12);
    x[o + 19] = ledger.due[row]! - ledger.issued[row]!;
  }
  return { x, cols };
}
