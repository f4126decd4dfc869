/**
 * Calibration maps a raw model probability to the observed frequency, fitted on out-of-time
 * predictions (the rolling-origin folds), so a score of 0.3 means "three in ten such invoices were
 * paid late". The fitted map is stored with the model version.
 */
import { fitLogistic, sigmoid, standardize } from "./logistic";

export type Calibration =
  | { method: "identity" }
  | { method: "platt"; slope: number; intercept: number }
  | { method: "isotonic"; x: number[]; y: number[] };

/** Probabilities are kept off 0 and 1: no collector should read "certain". */
export const P_FLOOR = 1e-4;

/** Keeps a probability inside [P_FLOOR, 1 − P_FLOOR]. */
export function clampProbability(p: number): number {
  return Math.min(1 - P_FLOOR, Math.max(P_FLOOR, p));
}

/** Log-odds of a probability (clamped first, so never infinite). */
export function logit(p: number): number {
  const q = clampProbability(p);
  return Math.log(q / (1 - q));
}

/** Platt scaling: a logistic fit of the label on the logit of the raw probability. */
export function fitPlatt(p: Float64Array, y: Uint8Array): Calibration {
  const x = Float64Array.from(p, logit);
  const rows = Int32Array.from({ length: p.length }, (_, i) => i);
  const design = { x, cols: 1 };
  const std = standardize(design, rows);
  if (!std.active[0]) return { method: "identity" };
  const fit = fitLogistic({ design, y, rows, std, penalty: Float64Array.from([1e-6]) });
  const slope = fit.coef[1]! / std.scale[0]!;
  return { method: "platt", slope, intercept: fit.coef[0]! - slope * std.mean[0]! };
}

/**
 * Isotonic regression by pool-adjacent-violators: the best non-decreasing step map. Stored as the
 * mean raw score and observed rate of each pooled block; applied by linear interpolation between
 * blocks, flat beyond the ends.
 */
export function fitIsotonic(p: Float64Array, y: Uint8Array): Calibration {
  const order = Array.from(p.keys()).sort((a, b) => p[a]! - p[b]!);
  const sumX: number[] = [];
  const sumY: number[] = [];
  const weight: number[] = [];
  for (const i of order) {
    sumX.push(p[i]!);
    sumY.push(y[i]!);
    weight.push(1);
    while (weight.length > 1) {
      const last = weight.length - 1;
      if (sumY[last - 1]! / weight[last - 1]! < sumY[last]! / weight[last]!) break;
      sumX[last - 1]! += sumX[last]!;
      sumY[last - 1]! += sumY[last]!;
      weight[last - 1]! += weight[last]!;
      sumX.pop();
      sumY.pop();
      weight.pop();
    }
  }
  return {
    method: "isotonic",
    x: weight.map((w, b) => sumX[b]! / w),
    y: weight.map((w, b) => clampProbability(sumY[b]! / w)),
  };
}

/** Applies a calibration to one raw probability. */
export function calibrate(calibration: Calibration, p: number): number {
  switch (calibration.method) {
    case "identity":
      return clampProbability(p);
    case "platt":
      return clampProbability(sigmoid(calibration.intercept + calibration.slope * logit(p)));
    case "isotonic": {
      const { x, y } = calibration;
      if (x.length === 0) return clampProbability(p);
      if (p <= x[0]!) return y[0]!;
      if (p >= x[x.length - 1]!) return y[y.length - 1]!;
      let lo = 0;
      let hi = x.length - 1;
      while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        if (x[mid]! <= p) lo = mid;
        else hi = mid;
      }
      const share = (p - x[lo]!) / (x[hi]! - x[lo]! || 1);
      return y[lo]! + share * (y[hi]! - y[lo]!);
    }
  }
}

export interface ReliabilityBin {
  from: number;
  to: number;
  count: number;
  meanPredicted: number;
  observedRate: number;
}

/** The reliability table shown on the model card: predicted vs observed in equal-width bins. */
export function reliability(p: Float64Array, y: Uint8Array, bins = 10): ReliabilityBin[] {
  const count = new Float64Array(bins);
  const sumP = new Float64Array(bins);
  const sumY = new Float64Array(bins);
  p.forEach((v, i) => {
    const b = Math.min(bins - 1, Math.floor(v * bins));
    count[b]! += 1;
    sumP[b]! += v;
    sumY[b]! += y[i]!;
  });
  return Array.from({ length: bins }, (_, b) => ({
    from: b / bins,
    to: (b + 1) / bins,
    count: count[b]!,
    meanPredicted: count[b]! > 0 ? sumP[b]! / count[b]! : 0,
    observedRate: count[b]! > 0 ? sumY[b]! / count[b]! : 0,
  })).filter((bin) => bin.count > 0);
}
