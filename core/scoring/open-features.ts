/**
 * Features of the "paid within 30 days" model for an invoice still open on day t. The pace model's
 * own answer (the chance given the client's pace and the invoice's age) comes first; collection
 * activity then corrects it: reminders, promises kept or broken, disputes, and how overdue it is.
 */
import { logit } from "./calibration";
import type { FeatureContext } from "./features";
import { naiveLateShare } from "./features";
import type { HistoryTable } from "./history";
import type { Ledger } from "./ledger";
import type { DesignMatrix } from "./logistic";
import { type PaceState, pacePaidWithin, paceState } from "./pace-predict";
import type { Scratch } from "./scratch";

/** Feature columns of the paid-within-30-days model; the first is the pace model's own answer. */
export const OPEN_FEATURES = [
  ...["pace_paid_30d", "days_past_due", "late_share", "reminders_90d", "promises_broken"],
  ...["promises_kept", "disputes_raised", "dispute_known", "open_count", "rejected_on_portal"],
] as const;

export const OPEN_FEATURE_LABELS: Record<string, string> = {
  pace_paid_30d: "Client's payment pace against the invoice's age",
  days_past_due: "Days the invoice is past due",
  late_share: "Share of the client's past invoices paid late",
  reminders_90d: "Reminders sent in the last 90 days",
  promises_broken: "Promises to pay broken",
  promises_kept: "Promises to pay kept",
  disputes_raised: "Disputes raised in the last year",
  dispute_known: "Invoice in dispute",
  open_count: "Other invoices of the client still open",
  rejected_on_portal: "Invoice rejected on the client's e-billing portal",
};

/**
 * What is on record about an open invoice on its scoring day. Invoices carry no rejection date, so
 * for past days a portal rejection counts as known two weeks after issue (portals answer within
 * days); for an invoice open now, its current status is known.
 */
export interface OpenFacts {
  dispute: (k: number) => boolean;
  rejection: (k: number) => boolean;
}

export const REJECTION_KNOWN_AFTER_DAYS = 14;

/** The collection horizon the open-invoice model predicts for. */
export const HORIZON_DAYS = 30;

export interface OpenDesign {
  design: DesignMatrix;
  states: PaceState[];
  /** The pace model's chance of payment within 30 days, before activity corrections. */
  pacePaid30: Float64Array;
}

/**
 * Design rows for open invoices `inv[k]` on days `t[k]`; `known` says whether a dispute or a
 * portal rejection is on record then. Training passes `keepStates = false`: it needs no per-invoice pace objects.
 */
export function openDesign(
  ledger: Ledger,
  history: HistoryTable,
  inv: Int32Array,
  t: Int32Array,
  ctx: FeatureContext,
  known: OpenFacts,
  scratch?: Scratch,
  keepStates = true,
): OpenDesign {
  const cols = OPEN_FEATURES.length;
  const x = scratch ? scratch.take("open.design", inv.length * cols) : new Float64Array(inv.length * cols);
  const states: PaceState[] = [];
  const pacePaid30 = scratch ? scratch.take("open.pace30", inv.length) : new Float64Array(inv.length);
  for (let k = 0; k < inv.length; k += 1) {
    const row = inv[k]!;
    const disputed = known.dispute(k);
    const state = paceState(ctx.pace, history, k, ledger, row, disputed);
    const age = t[k]! - ledger.issued[row]!;
    if (keepStates) states.push(state);
    pacePaid30[k] = pacePaidWithin(ctx.pace, state, age, HORIZON_DAYS);
    const o = k * cols;
    x[o] = logit(pacePaid30[k]!);
    x[o + 1] = Math.max(0, t[k]! - ledger.due[row]!);
    x[o + 2] = naiveLateShare(history, k, ctx.baseLateRate);
    x[o + 3] = Math.log1p(history.reminders90[k]!);
    x[o + 4] = Math.log1p(history.promisesBroken[k]!);
    x[o + 5] = Math.log1p(history.promisesKept[k]!);
    x[o + 6] = Math.log1p(history.disputesRaised[k]!);
    x[o + 7] = disputed ? 1 : 0;
    x[o + 8] = Math.log1p(history.openCount[k]!);
    x[o + 9] = known.rejection(k) ? 1 : 0;
  }
  return { design: { x, cols }, states, pacePaid30 };
}
