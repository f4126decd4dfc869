/**
 * Rolling-origin validation inside the training window. Each window is scored by a model trained
 * only on invoices settled before the window opens, exactly as the live model will be used; the
 * last window is the time-split holdout for the promotion gate. Windows close a "maturity" before
 * the cutoff so their invoices have had time to be paid: otherwise the slow payers of the last
 * weeks would be missing and every check would look rosier than the truth.
 */

export interface ValidationWindow {
  /** Scored invoices are issued in [start, end); the model sees invoices settled before start. */
  start: number;
  end: number;
}

export interface WindowPlan {
  selection: ValidationWindow[];
  holdout: ValidationWindow | undefined;
  maturityDays: number;
}

/** Windows that choose the penalty and fit the calibration (the holdout comes after them). */
export const SELECTION_WINDOWS = 3;

/**
 * Plans 3 selection windows and 1 holdout, equal length (a sixth of the usable span, 2-13 weeks),
 * ending `maturity` days before the cutoff: the 95th percentile of days to settle, 30-180 days.
 */
export function planWindows(issued: Int32Array, daysToSettle: Int32Array, cutoff: number): WindowPlan {
  if (issued.length === 0) return { selection: [], holdout: undefined, maturityDays: 30 };
  const sorted = Int32Array.from(daysToSettle).sort();
  const p95 = sorted[Math.min(sorted.length - 1, Math.floor(0.95 * sorted.length))]!;
  const maturityDays = Math.min(180, Math.max(30, p95));
  let first = Number.POSITIVE_INFINITY;
  for (const d of issued) first = Math.min(first, d);
  const end = cutoff - maturityDays;
  const length = Math.min(91, Math.floor((end - first) / 6));
  if (length < 14) return { selection: [], holdout: undefined, maturityDays };
  const windows = Array.from({ length: SELECTION_WINDOWS + 1 }, (_, j) => ({
    start: end - (SELECTION_WINDOWS + 1 - j) * length,
    end: end - (SELECTION_WINDOWS - j) * length,
  }));
  return { selection: windows.slice(0, SELECTION_WINDOWS), holdout: windows[SELECTION_WINDOWS], maturityDays };
}

/** Every `step`-th element so that at most `max` remain: a deterministic, time-spread subsample. */
export function strideSample(rows: Int32Array, max: number): Int32Array {
  if (rows.length <= max) return rows;
  const step = rows.length / max;
  return Int32Array.from({ length: max }, (_, i) => rows[Math.floor(i * step)]!);
}
