/**
 * Trains the "paid late at issue" model: the penalty and the calibration method are chosen on
 * rolling-origin windows inside the training period, the calibration is fitted on those windows'
 * out-of-time predictions, the last window is the untouched holdout, and the final weights are
 * refitted on all rows.
 */
import { type Calibration, type ReliabilityBin, calibrate, fitIsotonic, fitPlatt, reliability } from "./calibration";
import { type FeatureContext, ISSUE_FEATURES, naiveLateShare } from "./features";
import { type IssueRows, applyContext, contextFrom, rowsWhere } from "./issue-rows";
import type { Ledger } from "./ledger";
import { type LinearModel, toLinearModel } from "./linear-model";
import { logLoss } from "./metrics";
import { ALPHA_GRID, type WindowRows, bestAlpha, fitPath, outOfTimePath, predictRows } from "./select";
import { type ValidationWindow, planWindows } from "./windows";

/** Alpha used when the history is too short to validate anything. */
export const DEFAULT_ALPHA = 0.01;

export interface HoldoutPredictions {
  window: ValidationWindow;
  rows: Int32Array;
  labels: Uint8Array;
  model: Float64Array;
  naive: Float64Array;
}

export interface LateAtIssueTraining {
  model: LinearModel;
  context: FeatureContext;
  holdout?: HoldoutPredictions;
  reliability: ReliabilityBin[];
}

interface PlannedRows extends WindowRows {
  start: number;
}

function windowRows(ledger: Ledger, rows: IssueRows, w: ValidationWindow): PlannedRows {
  return {
    start: w.start,
    train: rowsWhere(rows.inv.length, (k) => ledger.paid[rows.inv[k]!]! < w.start),
    evaluate: rowsWhere(rows.inv.length, (k) => rows.t[k]! >= w.start && rows.t[k]! < w.end),
  };
}

function prepareWindow(ledger: Ledger, rows: IssueRows, w: WindowRows, start: number): FeatureContext {
  const ctx = contextFrom(ledger, rows, w.train, start);
  applyContext(ledger, rows, w.train, ctx);
  applyContext(ledger, rows, w.evaluate, ctx);
  return ctx;
}

/** Calibration methods worth trying: isotonic steps need many events per step to beat a curve. */
function candidateMethods(y: Uint8Array): Calibration["method"][] {
  let positives = 0;
  for (const v of y) positives += v;
  return Math.min(positives, y.length - positives) >= 500 ? ["identity", "platt", "isotonic"] : ["identity", "platt"];
}

function fitMethod(method: Calibration["method"], p: Float64Array, y: Uint8Array): Calibration {
  if (method === "platt") return fitPlatt(p, y);
  if (method === "isotonic") return fitIsotonic(p, y);
  return { method: "identity" };
}

/**
 * Chooses the calibration method by leaving one selection window out at a time (fit on the
 * others, score the one left out), so the holdout never takes part in the choice.
 */
function chooseCalibration(oot: { p: Float64Array; y: Uint8Array; windowOf: Uint8Array }, windows: number) {
  let best: Calibration["method"] = "identity";
  let bestLoss = Number.POSITIVE_INFINITY;
  for (const method of candidateMethods(oot.y)) {
    let loss = 0;
    for (let w = 0; w < windows; w += 1) {
      const fitOn = rowsWhere(oot.p.length, (i) => oot.windowOf[i] !== w || windows === 1);
      const scoreOn = rowsWhere(oot.p.length, (i) => oot.windowOf[i] === w);
      const c = fitMethod(
        method,
        Float64Array.from(fitOn, (i) => oot.p[i]!),
        Uint8Array.from(fitOn, (i) => oot.y[i]!),
      );
      loss +=
        logLoss(
          Uint8Array.from(scoreOn, (i) => oot.y[i]!),
          Float64Array.from(scoreOn, (i) => calibrate(c, oot.p[i]!)),
        ) * scoreOn.length;
    }
    if (loss < bestLoss - 1e-9) {
      best = method;
      bestLoss = loss;
    }
  }
  return best;
}

function concat(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/**
 * Trains on `rows` (issued and settled before `cutoff`); `context` is the final pace model and
 * late rate fitted on all of them (see `contextOf`).
 */
export function trainLateAtIssue(
  ledger: Ledger,
  rows: IssueRows,
  cutoff: number,
  context: FeatureContext,
): LateAtIssueTraining {
  const plan = planWindows(
    rows.t,
    Int32Array.from(rows.inv, (i) => ledger.paid[i]! - ledger.issued[i]!),
    cutoff,
  );
  const selection = plan.selection.map((w) => windowRows(ledger, rows, w));
  const usable = selection.filter((w) => w.train.length >= 30 && w.evaluate.length >= 10);
  let alpha = DEFAULT_ALPHA;
  let method: Calibration["method"] = "identity";
  let calibration: Calibration = { method };
  let oot: { p: Float64Array; y: Uint8Array } = { p: new Float64Array(0), y: new Uint8Array(0) };
  if (usable.length > 0) {
    const path = outOfTimePath(rows.design, rows.y, usable, (w) =>
      prepareWindow(ledger, rows, usable[w]!, usable[w]!.start),
    );
    const a = bestAlpha(path.predictions, path.labels);
    alpha = ALPHA_GRID[a]!;
    oot = { p: path.predictions[a]!, y: path.labels };
    method = chooseCalibration({ ...oot, windowOf: path.windowOf }, usable.length);
    calibration = fitMethod(method, oot.p, oot.y);
  }
  let holdout: HoldoutPredictions | undefined;
  const hw = plan.holdout && usable.length > 0 ? windowRows(ledger, rows, plan.holdout) : undefined;
  if (plan.holdout && hw && hw.train.length >= 30 && hw.evaluate.length >= 10) {
    const ctx = prepareWindow(ledger, rows, hw, hw.start);
    const fit = fitPath(rows.design, rows.y, hw.train, [alpha]);
    const raw = predictRows(rows.design, fit.std, fit.fits[0]!.coef, hw.evaluate);
    const labels = Uint8Array.from(hw.evaluate, (k) => rows.y[k]!);
    holdout = {
      window: plan.holdout,
      rows: hw.evaluate,
      labels,
      model: Float64Array.from(raw, (p) => calibrate(calibration, p)),
      naive: Float64Array.from(hw.evaluate, (k) => naiveLateShare(rows.history, k, ctx.baseLateRate)),
    };
    // The final map learns from every out-of-time prediction, the holdout's included.
    calibration = fitMethod(method, concat(oot.p, raw), Uint8Array.from([...oot.y, ...labels]));
  }
  const all = Int32Array.from(rows.inv.keys());
  applyContext(ledger, rows, all, context);
  const final = fitPath(rows.design, rows.y, all, [alpha]);
  const model = toLinearModel(ISSUE_FEATURES, final.fits[0]!, final.std, alpha, calibration);
  const table = holdout ? reliability(holdout.model, holdout.labels) : reliability(oot.p, oot.y);
  return { model, context, ...(holdout ? { holdout } : {}), reliability: table };
}
