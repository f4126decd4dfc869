/**
 * Dense symmetric positive-definite solves for the small systems of the model (tens of
 * unknowns): Cholesky with a growing diagonal jitter when round-off makes a pivot non-positive.
 */

/** Solves A x = b for symmetric positive-definite A (row-major, m × m). A and b are not modified. */
export function solveSpd(a: Float64Array, b: Float64Array, m: number): Float64Array {
  let jitter = 0;
  const trace = a.reduce((s, _, i) => (i % (m + 1) === 0 ? s + Math.abs(a[i]!) : s), 0) / m || 1;
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const l = choleskyFactor(a, m, jitter);
    if (l !== undefined) return choleskySolve(l, b, m);
    jitter = jitter === 0 ? trace * 1e-12 : jitter * 100;
  }
  throw new RangeError("matrix is not positive definite");
}

function choleskyFactor(a: Float64Array, m: number, jitter: number): Float64Array | undefined {
  const l = new Float64Array(m * m);
  for (let i = 0; i < m; i += 1) {
    for (let j = 0; j <= i; j += 1) {
      let s = a[i * m + j]! + (i === j ? jitter : 0);
      for (let k = 0; k < j; k += 1) s -= l[i * m + k]! * l[j * m + k]!;
      if (i === j) {
        if (!(s > 0)) return undefined;
        l[i * m + i] = Math.sqrt(s);
      } else {
        l[i * m + j] = s / l[j * m + j]!;
      }
    }
  }
  return l;
}

function choleskySolve(l: Float64Array, b: Float64Array, m: number): Float64Array {
  const y = new Float64Array(m);
  for (let i = 0; i < m; i += 1) {
    let s = b[i]!;
    for (let k = 0; k < i; k += 1) s -= l[i * m + k]! * y[k]!;
    y[i] = s / l[i * m + i]!;
  }
  const x = new Float64Array(m);
  for (let i = m - 1; i >= 0; i -= 1) {
    let s = y[i]!;
    for (let k = i + 1; k < m; k += 1) s -= l[k * m + i]! * x[k]!;
    x[i] = s / l[i * m + i]!;
  }
  return x;
}
