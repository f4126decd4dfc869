/**
 * What the pace model says about one invoice: when it will probably be paid, the chance it is paid
 * after its due date, and, for an invoice still open at a given age, the chance it is paid within
 * the next h days and the expected days until payment (the distribution conditioned on "not paid
 * yet", which also raises the odds that a long-unpaid invoice is in dispute).
 */
import { paceCovariates } from "./covariates";
import type { ContextHistory } from "./chunks";
import type { Ledger } from "./ledger";
import type { PaceModel } from "./pace";
import { residualCdf, residualExcess } from "./residuals";

export interface PaceState {
  /** Expected days from invoice date to payment if the invoice is not disputed. */
  expectedDays: number;
  /** The same if it is disputed. */
  expectedDaysIfDisputed: number;
  /** Chance the invoice is (or will be) disputed: 1 once a dispute is known. */
  disputeChance: number;
  /** Widening of the noise for a client whose pace rests on little history. */
  spread: number;
}

const cov = new Float64Array(4);

/** The client's pace as of the history row `k`, applied to invoice `row`. */
export function paceState(
  model: PaceModel,
  history: ContextHistory,
  k: number,
  ledger: Ledger,
  row: number,
  disputeKnown: boolean,
): PaceState {
  const [bPaper, bPortal, bAmount, bTerms] = model.coefficients as [number, number, number, number];
  const settled = history.settled[k]!;
  const adjustedSum =
    history.sumDays[k]! -
    bPaper * history.sumPaper[k]! -
    bPortal * history.sumPortal[k]! -
    bAmount * history.sumLogAmount[k]! -
    bTerms * history.sumTerms[k]! -
    model.disputeDays * history.disputes[k]!;
  const pace = (adjustedSum + model.priorStrength * model.priorDays) / (settled + model.priorStrength);
  paceCovariates(ledger, row, cov);
  const expectedDays = pace + bPaper * cov[0]! + bPortal * cov[1]! + bAmount * cov[2]! + bTerms * cov[3]!;
  const disputeChance = disputeKnown
    ? 1
    : (history.disputes[k]! + model.disputeStrength * model.disputeRate) / (settled + model.disputeStrength);
  return {
    expectedDays,
    expectedDaysIfDisputed: expectedDays + model.disputeDays,
    disputeChance,
    spread: Math.sqrt(1 + 1 / (settled + model.priorStrength)),
  };
}

/** P(days to settle ≤ d) in one branch; days are whole, so the cut sits half a day past d. */
function settledBy(model: PaceModel, expected: number, spread: number, d: number): number {
  return residualCdf(model.residuals, (d + 0.5 - expected) / spread);
}

/** Chance of payment after the due date (`termsDays` after the invoice date), judged at issue. */
export function paceLateChance(model: PaceModel, s: PaceState, termsDays: number): number {
  const q = s.disputeChance;
  const late =
    q * (1 - settledBy(model, s.expectedDaysIfDisputed, s.spread, termsDays)) +
    (1 - q) * (1 - settledBy(model, s.expectedDays, s.spread, termsDays));
  return model.neverPaidShare + (1 - model.neverPaidShare) * late;
}

/** Chance of being unpaid at `ageDays` and still to be paid in the normal course (both branches). */
function unpaidButPaying(model: PaceModel, s: PaceState, ageDays: number): number {
  const q = s.disputeChance;
  return (
    (1 - model.neverPaidShare) *
    (q * (1 - settledBy(model, s.expectedDaysIfDisputed, s.spread, ageDays - 1)) +
      (1 - q) * (1 - settledBy(model, s.expectedDays, s.spread, ageDays - 1)))
  );
}

/**
 * Chance an invoice unpaid at `ageDays` is paid within the next `horizonDays` (inclusive). The
 * longer it stays unpaid, the more likely it is disputed or not being paid at all.
 */
export function pacePaidWithin(model: PaceModel, s: PaceState, ageDays: number, horizonDays: number): number {
  const paying = unpaidButPaying(model, s, ageDays);
  const open = paying + model.neverPaidShare;
  // Past the end of every known payment pattern the exponential tail is memoryless.
  if (open < 1e-300) return 1 - Math.exp(-horizonDays / (model.residuals.upperScale * s.spread));
  const later = unpaidButPaying(model, s, ageDays + horizonDays + 1);
  return Math.min(1, Math.max(0, (paying - later) / open));
}

/** Expected days from now until payment for an invoice unpaid at `ageDays`, if it is paid in the normal course. */
export function paceExpectedDaysToPay(model: PaceModel, s: PaceState, ageDays: number): number {
  const paying = unpaidButPaying(model, s, ageDays);
  if (paying < 1e-300) return model.residuals.upperScale * s.spread;
  const q = s.disputeChance;
  const disputed = s.spread * residualExcess(model.residuals, (ageDays - 0.5 - s.expectedDaysIfDisputed) / s.spread);
  const undisputed = s.spread * residualExcess(model.residuals, (ageDays - 0.5 - s.expectedDays) / s.spread);
  const total = (1 - model.neverPaidShare) * (q * disputed + (1 - q) * undisputed);
  return Math.max(0, total / paying - 0.5);
}
