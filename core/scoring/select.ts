/**
 * Choosing the regularization strength by rolling-origin validation: the same features fitted
 * along a path of penalties, each scored on the later window it never saw. The first feature of
 * each model is a prior model's prediction (the pace model) and is barely penalized, so a strong
 * penalty falls back to "trust the pace model" rather than to "predict the average".
 */
import {
  type DesignMatrix,
  type LogisticFit,
  type Standardization,
  fitLogistic,
  sigmoid,
  standardize,
  standardizedRow,
} from "./logistic";
import { logLoss } from "./metrics";
import { strideSample } from "./windows";

/** Penalty per training row, strongest first so each fit warm-starts from a simpler one. */
export const ALPHA_GRID = [1, 0.3, 0.1, 0.03, 0.01, 0.003, 0.001, 0.0003, 0.0001];

/** How much lighter the prior-model column is penalized. */
export const PRIOR_PENALTY_FACTOR = 1e-4;

/** Rows a selection fit uses at most; the choice of penalty is stable well below a million rows. */
export const MAX_SELECTION_ROWS = 100_000;

/** Per-column L2 strengths for `alpha` on `rows` rows: the prior-model column is barely penalized. */
export function penalties(alpha: number, rows: number, cols: number): Float64Array {
  const lambda = Math.max(1e-8, alpha * rows);
  const out = new Float64Array(cols).fill(lambda);
  out[0] = Math.max(1e-8, lambda * PRIOR_PENALTY_FACTOR);
  return out;
}

export interface FittedPath {
  std: Standardization;
  fits: LogisticFit[];
}

/** Fits every alpha on `rows`, warm-starting each from the previous (stronger) penalty. */
export function fitPath(design: DesignMatrix, y: Uint8Array, rows: Int32Array, alphas: readonly number[]): FittedPath {
  const std = standardize(design, rows);
  const fits: LogisticFit[] = [];
  let init: Float64Array | undefined;
  for (const alpha of alphas) {
    const fit = fitLogistic({
      design,
      y,
      rows,
      std,
      penalty: penalties(alpha, rows.length, design.cols),
      ...(init ? { init } : {}),
    });
    fits.push(fit);
    init = fit.coef;
  }
  return { std, fits };
}

/** Raw probabilities of design rows under one fit. */
export function predictRows(
  design: DesignMatrix,
  std: Standardization,
  coef: Float64Array,
  rows: Int32Array,
): Float64Array {
  const z = new Float64Array(design.cols + 1);
  return Float64Array.from(rows, (r) => sigmoid(standardizedRow(design, std, r, coef, z)));
}

export interface WindowRows {
  train: Int32Array;
  evaluate: Int32Array;
}

/**
 * Out-of-time predictions per alpha, pooled over windows (`windowOf` says which window each came from) (`prepare` refreshes fold-dependent
 * columns before each window is fitted), plus the pooled labels.
 */
export function outOfTimePath(
  design: DesignMatrix,
  y: Uint8Array,
  windows: readonly WindowRows[],
  prepare: (w: number) => void,
  alphas: readonly number[] = ALPHA_GRID,
): { predictions: Float64Array[]; labels: Uint8Array; windowOf: Uint8Array } {
  const evaluated = windows.map((w) => strideSample(w.evaluate, MAX_SELECTION_ROWS));
  const total = evaluated.reduce((n, rows) => n + rows.length, 0);
  const predictions = alphas.map(() => new Float64Array(total));
  const labels = new Uint8Array(total);
  const windowOf = new Uint8Array(total);
  let offset = 0;
  windows.forEach((window, w) => {
    prepare(w);
    const evaluate = evaluated[w]!;
    const path = fitPath(design, y, strideSample(window.train, MAX_SELECTION_ROWS), alphas);
    path.fits.forEach((fit, a) => {
      predictions[a]!.set(predictRows(design, path.std, fit.coef, evaluate), offset);
    });
    evaluate.forEach((r, i) => {
      labels[offset + i] = y[r]!;
      windowOf[offset + i] = w;
    });
    offset += evaluate.length;
  });
  return { predictions, labels, windowOf };
}

/** Index of the alpha with the lowest pooled log loss (the first, i.e. strongest, on ties). */
export function bestAlpha(predictions: readonly Float64Array[], labels: Uint8Array): number {
  let best = 0;
  let bestLoss = Number.POSITIVE_INFINITY;
  predictions.forEach((p, a) => {
    const loss = logLoss(labels, p);
    if (loss < bestLoss - 1e-12) {
      best = a;
      bestLoss = loss;
    }
  });
  return best;
}
