/**
 * L2-regularized logistic regression fitted by Newton's method (IRLS) with a backtracking line
 * search. Dimensions are small (about twenty features), so each step solves the full Hessian
 * (summed over a subsample beyond 40,000 rows: it only steers the step, the gradient is exact);
 * columns are standardized so one penalty means the same on every feature and weights compare.
 */
import { solveSpd } from "./linalg";
import type { DesignMatrix, Standardization } from "./standardize";

export {
  type DesignMatrix,
  type Standardization,
  sigmoid,
  softplus,
  standardize,
  standardizedRow,
} from "./standardize";

export interface LogisticFit {
  /** Intercept first, then one weight per standardized column. */
  coef: Float64Array;
  iterations: number;
  converged: boolean;
  /** Penalized negative log-likelihood at the solution. */
  objective: number;
}

export interface LogisticInput {
  design: DesignMatrix;
  /** Label per design row (1 = event). */
  y: Uint8Array;
  /** Design rows to fit on. */
  rows: Int32Array;
  std: Standardization;
  /** L2 strength per column (λ in ½ λ w², on the standardized scale); the intercept is free. */
  penalty: Float64Array;
  init?: Float64Array;
  maxIterations?: number;
}

/** Rows beyond which the Hessian is estimated on a subsample (see `pass`). */
export const HESSIAN_ROWS = 40_000;

/** Raw-scale coefficients: η = b[0] + Σ b[j+1]·x[j], equal to the standardized model's η. */
function rawCoefficients(std: Standardization, coef: Float64Array): Float64Array {
  const b = new Float64Array(coef.length);
  b[0] = coef[0]!;
  for (let j = 0; j < coef.length - 1; j += 1) {
    if (!std.active[j]) continue;
    b[j + 1] = coef[j + 1]! / std.scale[j]!;
    b[0]! -= (coef[j + 1]! * std.mean[j]!) / std.scale[j]!;
  }
  return b;
}

interface Pass {
  f: number;
  grad: Float64Array;
  hess: Float64Array;
}

/**
 * One pass over the rows at `coef`: the penalized objective and, unless `objectiveOnly`, its
 * gradient and Hessian in standardized coordinates. Sums are taken on the raw scale (no per-row
 * standardization) and mapped through z = A·x afterwards: A·g and A·H·Aᵀ cost O(m³) once.
 */
function pass(input: LogisticInput, coef: Float64Array, objectiveOnly: boolean): Pass {
  const { x, cols } = input.design;
  const m = cols + 1;
  const b = rawCoefficients(input.std, coef);
  const g = new Float64Array(m);
  const h = new Float64Array(m * m);
  const row = new Float64Array(m);
  row[0] = 1;
  const rows = input.rows;
  const y = input.y;
  let f = 0;
  // The Hessian only steers the step; past HESSIAN_ROWS rows it is summed over an evenly spaced
  // subsample and scaled up. Gradient and objective always use every row, so the optimum is exact.
  const stride = Math.max(1, Math.floor(rows.length / HESSIAN_ROWS));
  for (let k = 0; k < rows.length; k += 1) {
    const r = rows[k]!;
    const o = r * cols;
    let eta = b[0]!;
    for (let j = 0; j < cols; j += 1) {
      const v = x[o + j]!;
      row[j + 1] = v;
      eta += b[j + 1]! * v;
    }
    const label = y[r]!;
    f += (eta > 0 ? eta + Math.log1p(Math.exp(-eta)) : Math.log1p(Math.exp(eta))) - (label ? eta : 0);
    if (objectiveOnly) continue;
    const p = 1 / (1 + Math.exp(-eta));
    const residual = p - label;
    for (let a = 0; a < m; a += 1) g[a]! += residual * row[a]!;
    if (k % stride !== 0) continue;
    const w = Math.max(p * (1 - p), 1e-12) * stride;
    for (let a = 0; a < m; a += 1) {
      const wa = w * row[a]!;
      const base = a * m;
      for (let c = a; c < m; c += 1) h[base + c]! += wa * row[c]!;
    }
  }
  for (let j = 1; j < m; j += 1) f += 0.5 * input.penalty[j - 1]! * coef[j]! * coef[j]!;
  if (objectiveOnly) return { f, grad: g, hess: h };
  for (let a = 0; a < m; a += 1) for (let c = 0; c < a; c += 1) h[a * m + c] = h[c * m + a]!;
  // z_0 = 1; z_j = (x_j - mean_j) / scale_j, or 0 for an inactive column.
  const transform = (v: Float64Array, j: number): number => {
    if (j === 0) return v[0]!;
    if (!input.std.active[j - 1]) return 0;
    return (v[j]! - input.std.mean[j - 1]! * v[0]!) / input.std.scale[j - 1]!;
  };
  const grad = Float64Array.from({ length: m }, (_, j) => transform(g, j));
  const half = new Float64Array(m * m); // A·H, column by column
  const column = new Float64Array(m);
  for (let c = 0; c < m; c += 1) {
    for (let a = 0; a < m; a += 1) column[a] = h[a * m + c]!;
    for (let a = 0; a < m; a += 1) half[a * m + c] = transform(column, a);
  }
  const hess = new Float64Array(m * m);
  for (let a = 0; a < m; a += 1) {
    const rowOfHalf = half.subarray(a * m, a * m + m);
    for (let c = 0; c < m; c += 1) hess[a * m + c] = transform(rowOfHalf, c);
  }
  for (let j = 1; j < m; j += 1) {
    grad[j]! += input.penalty[j - 1]! * coef[j]!;
    hess[j * m + j]! += input.penalty[j - 1]!;
  }
  return { f, grad, hess };
}

/**
 * Fits the weights. Stops when the Newton decrement (the predicted gain of another step) falls
 * below 1e-7 per row or the step changes no weight by more than 1e-9; `converged` is false when
 * the iteration limit was hit first. A full Newton step is tried first and evaluated in the same
 * pass that prepares the next step; it is halved only when it fails to decrease the objective.
 */
export function fitLogistic(input: LogisticInput): LogisticFit {
  const m = input.design.cols + 1;
  const n = Math.max(1, input.rows.length);
  let positives = 0;
  for (let k = 0; k < input.rows.length; k += 1) positives += input.y[input.rows[k]!]!;
  const coef = input.init ? Float64Array.from(input.init) : new Float64Array(m);
  if (!input.init) coef[0] = Math.log((positives + 0.5) / (n - positives + 0.5));
  const maxIterations = input.maxIterations ?? 50;
  let current = pass(input, coef, false);
  for (let iteration = 1; iteration <= maxIterations; iteration += 1) {
    const step = solveSpd(current.hess, current.grad, m);
    const decrement = step.reduce((s, v, i) => s + v * current.grad[i]!, 0);
    if (decrement / 2 < 1e-7 * n) return { coef, iterations: iteration, converged: true, objective: current.f };
    const trial = new Float64Array(m);
    let size = 1;
    let next: Pass | undefined;
    for (let halvings = 0; halvings < 30; halvings += 1) {
      for (let a = 0; a < m; a += 1) trial[a] = coef[a]! - size * step[a]!;
      const probe = pass(input, trial, halvings > 0);
      if (probe.f <= current.f - 1e-4 * size * decrement) {
        next = halvings > 0 ? pass(input, trial, false) : probe;
        break;
      }
      size /= 2;
    }
    if (next === undefined) return { coef, iterations: iteration, converged: true, objective: current.f };
    const moved = step.reduce((s, v) => Math.max(s, Math.abs(v * size)), 0);
    coef.set(trial);
    current = next;
    if (moved < 1e-9) return { coef, iterations: iteration, converged: true, objective: current.f };
  }
  return { coef, iterations: maxIterations, converged: false, objective: current.f };
}
