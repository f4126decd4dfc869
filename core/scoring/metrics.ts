/**
 * How good a probability score is, in the measures the backtest prints and the promotion gate
 * compares: ranking (ROC AUC, precision among the top 20%) and probability quality (Brier score,
 * log loss). All take labels (1 = paid late) and probabilities of the same length.
 */

export interface Metrics {
  n: number;
  positives: number;
  rocAuc: number;
  brier: number;
  logLoss: number;
  precisionAtTop20: number;
}

/**
 * Probability that a random late invoice scores above a random on-time one (ties count half):
 * the Mann-Whitney statistic from mid-ranks. NaN when only one class is present.
 */
export function rocAuc(y: ArrayLike<number>, p: ArrayLike<number>): number {
  const n = y.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => p[a]! - p[b]!);
  let positives = 0;
  let rankSum = 0;
  for (let start = 0; start < n; ) {
    let end = start;
    while (end + 1 < n && p[order[end + 1]!] === p[order[start]!]) end += 1;
    const midRank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k += 1) {
      if (y[order[k]!]) {
        positives += 1;
        rankSum += midRank;
      }
    }
    start = end + 1;
  }
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** Mean squared difference between probability and outcome (0 is perfect, 0.25 is a coin). */
export function brierScore(y: ArrayLike<number>, p: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < y.length; i += 1) sum += (p[i]! - y[i]!) ** 2;
  return sum / y.length;
}

/** Mean negative log-likelihood; probabilities are clipped to [eps, 1 - eps] as scikit-learn does. */
export function logLoss(y: ArrayLike<number>, p: ArrayLike<number>, eps = 1e-15): number {
  let sum = 0;
  for (let i = 0; i < y.length; i += 1) {
    const q = Math.min(1 - eps, Math.max(eps, p[i]!));
    sum -= y[i] ? Math.log(q) : Math.log(1 - q);
  }
  return sum / y.length;
}

/**
 * Share of late invoices among the top `fraction` (rounded up) by score: what a collector gains by
 * working the list from the top. Ties at the cut are shared in proportion (the expected value of a
 * random tie-break), so the result does not depend on row order.
 */
export function precisionAtTop(y: ArrayLike<number>, p: ArrayLike<number>, fraction = 0.2): number {
  const n = y.length;
  if (n === 0) return Number.NaN;
  const k = Math.max(1, Math.ceil(fraction * n - 1e-9));
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => p[b]! - p[a]!);
  const cut = p[order[k - 1]!]!;
  let above = 0;
  let positivesAbove = 0;
  let tied = 0;
  let positivesTied = 0;
  for (let i = 0; i < n; i += 1) {
    if (p[i]! > cut) {
      above += 1;
      positivesAbove += y[i]!;
    } else if (p[i] === cut) {
      tied += 1;
      positivesTied += y[i]!;
    }
  }
  return (positivesAbove + (positivesTied * (k - above)) / tied) / k;
}

/** All measures at once. */
export function evaluate(y: ArrayLike<number>, p: ArrayLike<number>): Metrics {
  let positives = 0;
  for (let i = 0; i < y.length; i += 1) positives += y[i]!;
  return {
    n: y.length,
    positives,
    rocAuc: rocAuc(y, p),
    brier: brierScore(y, p),
    logLoss: logLoss(y, p),
    precisionAtTop20: precisionAtTop(y, p, 0.2),
  };
}
