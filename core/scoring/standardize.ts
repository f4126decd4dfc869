/**
 * Feature columns on a common scale: each active column centred on its training mean and divided
 * by its standard deviation, so one penalty weighs every feature alike and weights compare.
 */

/** Row-major feature values: `x[row * cols + col]`. */
export interface DesignMatrix {
  x: Float64Array;
  cols: number;
}

export interface Standardization {
  mean: Float64Array;
  /** Standard deviation, 1 for inactive columns. */
  scale: Float64Array;
  /** 0 when the column is constant on the training rows: it then carries no weight. */
  active: Uint8Array;
}

/** Column means and standard deviations over `rows`. */
export function standardize(design: DesignMatrix, rows: Int32Array): Standardization {
  const { x, cols } = design;
  const mean = new Float64Array(cols);
  const m2 = new Float64Array(cols);
  let n = 0;
  for (const r of rows) {
    n += 1;
    for (let j = 0; j < cols; j += 1) {
      const v = x[r * cols + j]!;
      const delta = v - mean[j]!;
      mean[j]! += delta / n;
      m2[j]! += delta * (v - mean[j]!);
    }
  }
  const scale = new Float64Array(cols);
  const active = new Uint8Array(cols);
  for (let j = 0; j < cols; j += 1) {
    const sd = n > 1 ? Math.sqrt(m2[j]! / (n - 1)) : 0;
    active[j] = sd > 1e-9 * Math.max(1, Math.abs(mean[j]!)) ? 1 : 0;
    scale[j] = active[j] ? sd : 1;
  }
  return { mean, scale, active };
}

/** log(1 + e^η) without overflow. */
export function softplus(eta: number): number {
  return eta > 0 ? eta + Math.log1p(Math.exp(-eta)) : Math.log1p(Math.exp(eta));
}

/** 1 / (1 + e^-η) without overflow. */
export function sigmoid(eta: number): number {
  return eta >= 0 ? 1 / (1 + Math.exp(-eta)) : Math.exp(eta) / (1 + Math.exp(eta));
}

/** Writes the standardized row (with a leading 1 for the intercept) into z and returns coef·z. */
export function standardizedRow(
  design: DesignMatrix,
  std: Standardization,
  row: number,
  coef: Float64Array,
  z: Float64Array,
): number {
  const { x, cols } = design;
  z[0] = 1;
  let eta = coef[0]!;
  for (let j = 0; j < cols; j += 1) {
    const v = std.active[j] ? (x[row * cols + j]! - std.mean[j]!) / std.scale[j]! : 0;
    z[j + 1] = v;
    eta += coef[j + 1]! * v;
  }
  return eta;
}
