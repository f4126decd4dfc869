/**
 * The spread of payment days around a client's pace, kept as an empirical quantile table rather
 * than a bell curve: real ledgers are skewed (a few invoices are paid very late), and the table
 * keeps that shape. Beyond the table's ends the tails decay exponentially so that very old
 * invoices still get a finite, shrinking chance of payment.
 */

export interface ResidualTable {
  /** Cumulative probabilities, increasing, strictly inside (0, 1). */
  probs: number[];
  /** Residual (days) at each probability, non-decreasing. */
  values: number[];
  /** Exponential tail scales (days) below the first and above the last value. */
  lowerScale: number;
  upperScale: number;
}

const GRID = Array.from({ length: 41 }, (_, i) => 0.005 + (0.99 * i) / 40);

function quantile(sorted: Float64Array, p: number): number {
  const pos = p * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo]! + (pos - lo) * (sorted[hi]! - sorted[lo]!);
}

/** Quantile table of residuals (sorted ascending, at least two values). */
export function residualTable(sorted: Float64Array): ResidualTable {
  if (sorted.length < 2) throw new RangeError("need at least two residuals");
  const values = GRID.map((p) => quantile(sorted, p));
  // Exponential tails: the spread between the 1st and 10th (90th and 99th) percentiles over ln 10.
  const ln10 = Math.log(10);
  return {
    probs: [...GRID],
    values,
    lowerScale: Math.max(0.5, (quantile(sorted, 0.1) - quantile(sorted, 0.01)) / ln10),
    upperScale: Math.max(0.5, (quantile(sorted, 0.99) - quantile(sorted, 0.9)) / ln10),
  };
}

/** P(R ≤ x). */
export function residualCdf(table: ResidualTable, x: number): number {
  const { probs, values } = table;
  const n = values.length;
  if (x <= values[0]!) return probs[0]! * Math.exp((x - values[0]!) / table.lowerScale);
  if (x >= values[n - 1]!) return 1 - (1 - probs[n - 1]!) * Math.exp(-(x - values[n - 1]!) / table.upperScale);
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! <= x) lo = mid;
    else hi = mid;
  }
  const width = values[hi]! - values[lo]!;
  const share = width > 0 ? (x - values[lo]!) / width : 1;
  return probs[lo]! + share * (probs[hi]! - probs[lo]!);
}

/** Per table: ∫ from values[i] to ∞ of P(R > u) du, computed once per table and cached. */
const excessAtValues = new WeakMap<ResidualTable, Float64Array>();

function excessTable(table: ResidualTable): Float64Array {
  let cached = excessAtValues.get(table);
  if (cached === undefined) {
    const { probs, values, upperScale } = table;
    const n = values.length;
    cached = new Float64Array(n);
    cached[n - 1] = (1 - probs[n - 1]!) * upperScale;
    for (let i = n - 2; i >= 0; i -= 1) {
      // Between table points the CDF is linear, so the survival integral is a trapezoid.
      cached[i] = cached[i + 1]! + ((2 - probs[i]! - probs[i + 1]!) / 2) * (values[i + 1]! - values[i]!);
    }
    excessAtValues.set(table, cached);
  }
  return cached;
}

/** ∫ from x to ∞ of P(R > u) du: the expected excess of R over x (used for expected days to pay). */
export function residualExcess(table: ResidualTable, x: number): number {
  const { probs, values, lowerScale, upperScale } = table;
  const n = values.length;
  const atValues = excessTable(table);
  const last = values[n - 1]!;
  if (x >= last) return (1 - probs[n - 1]!) * upperScale * Math.exp(-(x - last) / upperScale);
  const first = values[0]!;
  if (x < first) return atValues[0]! + first - x - probs[0]! * lowerScale * (1 - Math.exp((x - first) / lowerScale));
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! <= x) lo = mid;
    else hi = mid;
  }
  const sX = 1 - residualCdf(table, x);
  return atValues[hi]! + ((sX + 1 - probs[hi]!) / 2) * (values[hi]! - x);
}
