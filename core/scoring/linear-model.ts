/**
 * A fitted, serializable linear score: standardization, weights and calibration together, so a
 * stored model version predicts and explains exactly as it did when it was trained.
 */
import { type Calibration, calibrate } from "./calibration";
import { type DesignMatrix, type LogisticFit, type Standardization, sigmoid } from "./logistic";

export interface LinearModel {
  features: string[];
  intercept: number;
  /** Weight per feature on the standardized scale: the change in log-odds per standard deviation. */
  weights: number[];
  mean: number[];
  scale: number[];
  /** False for features that were constant in training (no weight). */
  active: boolean[];
  /** Chosen L2 strength per row (λ = alpha × training rows). */
  alpha: number;
  calibration: Calibration;
}

/** Packs a fit, its standardization, penalty and calibration into the stored form. */
export function toLinearModel(
  features: readonly string[],
  fit: LogisticFit,
  std: Standardization,
  alpha: number,
  calibration: Calibration,
): LinearModel {
  return {
    features: [...features],
    intercept: fit.coef[0]!,
    weights: Array.from(fit.coef.subarray(1)),
    mean: Array.from(std.mean),
    scale: Array.from(std.scale),
    active: Array.from(std.active, (a) => a === 1),
    alpha,
    calibration,
  };
}

/** Raw (uncalibrated) probability for design row k. */
export function rawProbability(model: LinearModel, design: DesignMatrix, k: number): number {
  let eta = model.intercept;
  const o = k * design.cols;
  for (let j = 0; j < model.weights.length; j += 1) {
    if (model.active[j]) eta += (model.weights[j]! * (design.x[o + j]! - model.mean[j]!)) / model.scale[j]!;
  }
  return sigmoid(eta);
}

/** Calibrated probability for design row k. */
export function probability(model: LinearModel, design: DesignMatrix, k: number): number {
  return calibrate(model.calibration, rawProbability(model, design, k));
}

export interface Contribution {
  feature: string;
  /** Weight × standardized value: log-odds added relative to an average invoice. */
  value: number;
}

/** Every feature's signed contribution for design row k, largest magnitude first. */
export function contributions(model: LinearModel, design: DesignMatrix, k: number): Contribution[] {
  const o = k * design.cols;
  const out: Contribution[] = [];
  for (let j = 0; j < model.weights.length; j += 1) {
    if (!model.active[j] || model.weights[j] === 0) continue;
    out.push({
      feature: model.features[j]!,
      value: (model.weights[j]! * (design.x[o + j]! - model.mean[j]!)) / model.scale[j]!,
    });
  }
  return out.sort((a, b) => Math.abs(b.value) - Math.abs(a.value));
}
