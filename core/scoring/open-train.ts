/**
 * Trains "paid within 30 days" on monthly snapshots of the training period: on each snapshot day
 * every open invoice is a row, labelled by whether it was paid within the next 30 days. Snapshots
 * end 31 days before the cutoff so every label is known at the cutoff. The most recent third of
 * the snapshots chooses the penalty and reports the holdout; the final fit uses all of them.
 */
import type { FeatureContext } from "./features";
import { forEachClientChunk } from "./chunks";
import { computeHistory } from "./history";
import { type Ledger, REJECTED } from "./ledger";
import { type LinearModel, toLinearModel } from "./linear-model";
import { type Metrics, evaluate } from "./metrics";
import { HORIZON_DAYS, OPEN_FEATURES, REJECTION_KNOWN_AFTER_DAYS, openDesign } from "./open-features";
import { Scratch } from "./scratch";
import { ALPHA_GRID, MAX_SELECTION_ROWS, bestAlpha, fitPath, predictRows } from "./select";
import type { Signals } from "./signals";
import { strideSample } from "./windows";

/** Monthly snapshots, most recent 31 days before the cutoff; rows capped for memory. */
export const SNAPSHOTS = 12;
export const SNAPSHOT_SPACING_DAYS = 30;
export const MAX_SNAPSHOT_ROWS = 300_000;

export interface PaidWithin30Training {
  model: LinearModel;
  holdout?: { model: Metrics; paceOnly: Metrics };
}

/** Snapshot rows: invoices open on each snapshot day, client by client (as the ledger rows). */
function snapshotRows(ledger: Ledger, cutoff: number): { inv: Int32Array; t: Int32Array; snapshot: Int32Array } {
  let first = Number.POSITIVE_INFINITY;
  for (const d of ledger.issued) first = Math.min(first, d);
  const days: number[] = [];
  for (let j = SNAPSHOTS - 1; j >= 0; j -= 1) {
    const s = cutoff - HORIZON_DAYS - 1 - SNAPSHOT_SPACING_DAYS * j;
    if (s >= first + 60) days.push(s);
  }
  const inv: number[] = [];
  const snapshot: number[] = [];
  for (let r = 0; r < ledger.size; r += 1) {
    days.forEach((s, j) => {
      if (ledger.issued[r]! < s && ledger.paid[r]! >= s) {
        inv.push(r);
        snapshot.push(j);
      }
    });
  }
  const keep = strideSample(Int32Array.from(inv.keys()), MAX_SNAPSHOT_ROWS);
  return {
    inv: Int32Array.from(keep, (k) => inv[k]!),
    t: Int32Array.from(keep, (k) => days[snapshot[k]!]!),
    snapshot: Int32Array.from(keep, (k) => snapshot[k]!),
  };
}

/** Design rows of the snapshots, swept client chunk by client chunk. */
function snapshotDesign(ledger: Ledger, signals: Signals, rows: ReturnType<typeof snapshotRows>, ctx: FeatureContext) {
  const cols = OPEN_FEATURES.length;
  const design = { x: new Float64Array(rows.inv.length * cols), cols };
  const pacePaid30 = new Float64Array(rows.inv.length);
  const scratch = new Scratch();
  forEachClientChunk(ledger, rows.inv, (start, end) => {
    const inv = rows.inv.subarray(start, end);
    const t = rows.t.subarray(start, end);
    const history = computeHistory(ledger, signals, inv, t, scratch, "snapshot");
    const known = {
      dispute: (k: number) => signals.disputeLogged[inv[k]!]! < t[k]!,
      rejection: (k: number) =>
        (ledger.flags[inv[k]!]! & REJECTED) !== 0 && t[k]! - ledger.issued[inv[k]!]! >= REJECTION_KNOWN_AFTER_DAYS,
    };
    const open = openDesign(ledger, history, inv, t, ctx, known, scratch, false);
    design.x.set(open.design.x, start * cols);
    pacePaid30.set(open.pacePaid30, start);
  });
  return { design, pacePaid30 };
}

/** Trains the 30-day model with the pace model and late-rate context fitted for the late model. */
export function trainPaidWithin30(
  ledger: Ledger,
  signals: Signals,
  cutoff: number,
  ctx: FeatureContext,
): PaidWithin30Training {
  const rows = snapshotRows(ledger, cutoff);
  const open = snapshotDesign(ledger, signals, rows, ctx);
  const y = Uint8Array.from(rows.inv, (i, k) => (ledger.paid[i]! <= rows.t[k]! + HORIZON_DAYS ? 1 : 0));
  const all = Int32Array.from(rows.inv.keys());
  const snapshots = rows.snapshot.reduce((max, j) => Math.max(max, j + 1), 0);
  const split = Math.floor((snapshots * 2) / 3);
  const older = all.filter((k) => rows.snapshot[k]! < split);
  const recent = all.filter((k) => rows.snapshot[k]! >= split);
  let alpha = 0.01;
  let holdout: PaidWithin30Training["holdout"];
  if (older.length >= 30 && recent.length >= 10) {
    const path = fitPath(open.design, y, strideSample(older, MAX_SELECTION_ROWS), ALPHA_GRID);
    const predictions = path.fits.map((fit) => predictRows(open.design, path.std, fit.coef, recent));
    const labels = Uint8Array.from(recent, (k) => y[k]!);
    const a = bestAlpha(predictions, labels);
    alpha = ALPHA_GRID[a]!;
    holdout = {
      model: evaluate(labels, predictions[a]!),
      paceOnly: evaluate(
        labels,
        Float64Array.from(recent, (k) => open.pacePaid30[k]!),
      ),
    };
  }
  if (all.length === 0) {
    // No open snapshots at all: trust the pace model as is (weight 1 on its own log-odds).
    const names = [...OPEN_FEATURES];
    return {
      model: {
        features: names,
        intercept: 0,
        weights: names.map((_, j) => (j === 0 ? 1 : 0)),
        mean: names.map(() => 0),
        scale: names.map(() => 1),
        active: names.map((_, j) => j === 0),
        alpha,
        calibration: { method: "identity" },
      },
    };
  }
  const final = fitPath(open.design, y, all, [alpha]);
  const model = toLinearModel(OPEN_FEATURES, final.fits[0]!, final.std, alpha, { method: "identity" });
  return { model, ...(holdout ? { holdout } : {}) };
}
