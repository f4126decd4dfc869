/**
 * The pace model: how many days a client takes to settle an invoice. Days to settle = the client's
 * own pace + effects of the invoice's issue-time attributes (paper vs electronic, portal, size,
 * terms) + a dispute effect + noise. Effects are estimated within clients (each client compared
 * with itself), the client's pace is its settled history shrunk toward the firm's (empirical
 * Bayes), and the noise keeps its real, skewed shape in a quantile table.
 */
import { PACE_COVARIATES, type PaceCovariate, paceCovariates } from "./covariates";
import { DISPUTED, type Ledger } from "./ledger";
import { solveSpd } from "./linalg";
import { type ResidualTable, residualTable } from "./residuals";

export interface PaceModel {
  covariates: PaceCovariate[];
  /** Days added per unit of each covariate, for the same client. */
  coefficients: number[];
  /** Days a dispute adds to settling an invoice. */
  disputeDays: number;
  /** The firm's pace: days to settle at zero covariates, before disputes (an intercept). */
  priorDays: number;
  /** Average days to settle over the training invoices: the firm's pace as people say it. */
  typicalDays: number;
  /** Settled invoices a client needs before its own pace weighs as much as the firm's. */
  priorStrength: number;
  residualSd: number;
  clientSd: number;
  residuals: ResidualTable;
  /** Firm-wide share of invoices disputed, and the pseudo-count that shrinks a client's share to it. */
  disputeRate: number;
  disputeStrength: number;
  /**
   * Share of invoices still unpaid 180 days after issue (written off or chased for ever): the
   * chance an invoice is not paid in the normal course at all. Without it a very old invoice would
   * look certain to be paid soon.
   */
  neverPaidShare: number;
  rows: number;
}

/** Days after issue beyond which an unpaid invoice counts as "not paid in the normal course". */
export const NEVER_PAID_AFTER_DAYS = 180;

/** Share of the invoices issued more than 180 days before `asOf` that were still unpaid on `asOf`. */
export function neverPaidShare(ledger: Ledger, asOf: number): number {
  let mature = 0;
  let unpaid = 0;
  for (let i = 0; i < ledger.size; i += 1) {
    if (ledger.issued[i]! >= asOf - NEVER_PAID_AFTER_DAYS) continue;
    mature += 1;
    if (ledger.paid[i]! >= asOf) unpaid += 1;
  }
  return mature > 0 ? unpaid / mature : 0;
}

const K = PACE_COVARIATES.length + 1; // covariates + disputed

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

/** A logistic-shaped stand-in for the residual table when a ledger has almost no settled invoices. */
function fallbackResiduals(sd: number): Float64Array {
  return Float64Array.from({ length: 199 }, (_, i) => {
    const p = (i + 1) / 200;
    return ((sd * Math.sqrt(3)) / Math.PI) * Math.log(p / (1 - p));
  });
}

/**
 * Fits the pace model on settled invoices `rows` (their paid days must be known), as of day
 * `asOf`. Effects come from a within-client least-squares fit with a tiny ridge, so a covariate
 * that never varies inside a client (e.g. every invoice on 30-day terms) simply gets no effect.
 */
export function fitPace(ledger: Ledger, rows: Int32Array, asOf: number): PaceModel {
  const clients = ledger.clientIds.length;
  const count = new Float64Array(clients);
  const sums = new Float64Array(clients * (K + 1)); // y, then K covariates
  const x = new Float64Array(K);
  const load = (r: number) => {
    paceCovariates(ledger, r, x);
    x[K - 1] = ledger.flags[r]! & DISPUTED ? 1 : 0;
    return ledger.paid[r]! - ledger.issued[r]!;
  };
  for (const r of rows) {
    const c = ledger.client[r]!;
    count[c]! += 1;
    sums[c * (K + 1)]! += load(r);
    for (let j = 0; j < K; j += 1) sums[c * (K + 1) + j + 1]! += x[j]!;
  }
  const xtx = new Float64Array(K * K);
  const xty = new Float64Array(K);
  const centred = new Float64Array(K);
  const within = (r: number): number => {
    const c = ledger.client[r]!;
    const y = load(r) - sums[c * (K + 1)]! / count[c]!;
    for (let j = 0; j < K; j += 1) centred[j] = x[j]! - sums[c * (K + 1) + j + 1]! / count[c]!;
    return y;
  };
  for (const r of rows) {
    const y = within(r);
    for (let a = 0; a < K; a += 1) {
      xty[a]! += centred[a]! * y;
      for (let b = 0; b < K; b += 1) xtx[a * K + b]! += centred[a]! * centred[b]!;
    }
  }
  const ridge = 1e-6 * (xtx.reduce((s, v, i) => (i % (K + 1) === 0 ? s + v : s), 0) / K) + 1e-9;
  for (let a = 0; a < K; a += 1) xtx[a * K + a]! += ridge;
  const beta = solveSpd(xtx, xty, K);
  const residuals = new Float64Array(rows.length);
  let kept = 0;
  let rss = 0;
  for (const r of rows) {
    const c = ledger.client[r]!;
    let e = within(r);
    for (let j = 0; j < K; j += 1) e -= beta[j]! * centred[j]!;
    rss += e * e;
    if (count[c]! >= 2) residuals[kept++] = e * Math.sqrt(count[c]! / (count[c]! - 1));
  }
  let active = 0;
  let inverseCount = 0;
  let meanOfMeans = 0;
  let meanOfMeans2 = 0;
  let total = 0;
  let sumDays = 0;
  let disputed = 0;
  let rateSum = 0;
  let rateSum2 = 0;
  for (let c = 0; c < clients; c += 1) {
    const n = count[c]!;
    if (n === 0) continue;
    let adjusted = sums[c * (K + 1)]!;
    for (let j = 0; j < K; j += 1) adjusted -= beta[j]! * sums[c * (K + 1) + j + 1]!;
    const mean = adjusted / n;
    const rate = sums[c * (K + 1) + K]! / n;
    active += 1;
    inverseCount += 1 / n;
    meanOfMeans += mean;
    meanOfMeans2 += mean * mean;
    total += adjusted;
    sumDays += sums[c * (K + 1)]!;
    disputed += sums[c * (K + 1) + K]!;
    rateSum += rate;
    rateSum2 += rate * rate;
  }
  const n = Math.max(1, rows.length);
  const residualVar = Math.max(1, rss / Math.max(1, rows.length - active - K));
  const between = active > 1 ? (meanOfMeans2 - (meanOfMeans * meanOfMeans) / active) / (active - 1) : 0;
  const clientVar = Math.max(0.01 * residualVar, between - (residualVar * inverseCount) / Math.max(1, active));
  const disputeRate = disputed / n;
  const rateVar = active > 1 ? (rateSum2 - (rateSum * rateSum) / active) / (active - 1) : 0;
  const binomial = (disputeRate * (1 - disputeRate) * inverseCount) / Math.max(1, active);
  const excess = rateVar - binomial;
  const sorted =
    residuals.length >= 20 ? Float64Array.from(residuals).sort() : fallbackResiduals(Math.sqrt(residualVar));
  return {
    covariates: [...PACE_COVARIATES],
    coefficients: Array.from(beta.subarray(0, K - 1)),
    disputeDays: beta[K - 1]!,
    priorDays: rows.length > 0 ? total / n : 30,
    typicalDays: rows.length > 0 ? sumDays / n : 30,
    priorStrength: clamp(residualVar / clientVar, 0.05, 100),
    residualSd: Math.sqrt(residualVar),
    clientSd: Math.sqrt(clientVar),
    residuals: residualTable(sorted),
    disputeRate,
    disputeStrength: excess > 0 ? clamp((disputeRate * (1 - disputeRate)) / excess - 1, 1, 100) : 100,
    neverPaidShare: neverPaidShare(ledger, asOf),
    rows: rows.length,
  };
}
