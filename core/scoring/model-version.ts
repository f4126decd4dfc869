/**
 * A trained model as stored: everything needed to score, explain and audit it, plus the promotion
 * decision. Plain JSON (numbers, strings, arrays) so any store can keep it.
 */
import type { IsoDate } from "../domain/types";
import type { ReliabilityBin } from "./calibration";
import type { LinearModel } from "./linear-model";
import type { Metrics } from "./metrics";
import type { PaceModel } from "./pace";

export interface HoldoutReport {
  /** Issue days of the holdout invoices, as ISO dates [from, to). */
  from: IsoDate;
  to: IsoDate;
  /** The new model's recipe trained only on invoices settled before the holdout: its honest quality. */
  model: Metrics;
  /** The client's past late share, the baseline every model must beat. */
  naive: Metrics;
  /**
   * When a model is in service: it and the new model as deployed (trained up to their cutoffs,
   * both on most of the holdout) scored on the same holdout invoices.
   */
  current?: Metrics;
  deployed?: Metrics;
}

export interface PromotionDecision {
  promoted: boolean;
  reason: string;
}

export interface LeadingIndicator {
  feature: string;
  label: string;
  /** Log-odds per standard deviation (signed: positive raises the risk of late payment). */
  weight: number;
}

export interface ModelVersion {
  versionId: string;
  /** Training saw invoices issued and settled before `cutoff`; history begins at `from`. */
  trainingWindow: { from: IsoDate; cutoff: IsoDate; invoices: number };
  /** "Paid after the due date", judged at issue. */
  lateAtIssue: LinearModel;
  /** "Paid within 30 days", judged for an open invoice on any day. */
  paidWithin30: LinearModel;
  pace: PaceModel;
  /** Firm-wide late rate in training: the prior every client's late share is shrunk toward. */
  baseLateRate: number;
  reliability: ReliabilityBin[];
  holdout?: HoldoutReport;
  paidWithin30Holdout?: { model: Metrics; paceOnly: Metrics };
  leadingIndicators: LeadingIndicator[];
  promotion: PromotionDecision;
}

/**
 * The promotion gate: a new model replaces the current one only if, on the time-split holdout, it
 * beats the naive baseline (trained before the holdout, so out of time) and the current model
 * (both as deployed, on the same invoices) on both ranking (ROC AUC) and probability quality
 * (Brier score). Anything else is kept unpromoted with the reason.
 */
export function decidePromotion(holdout: HoldoutReport | undefined): PromotionDecision {
  if (holdout === undefined) {
    return { promoted: false, reason: "not enough history for a time-split holdout" };
  }
  const { model, naive, current } = holdout;
  const f = (v: number) => v.toFixed(3);
  if (!(model.rocAuc > naive.rocAuc && model.brier < naive.brier)) {
    return {
      promoted: false,
      reason: `does not beat the client's past late share on the holdout (AUC ${f(model.rocAuc)} vs ${f(naive.rocAuc)}, Brier ${f(model.brier)} vs ${f(naive.brier)})`,
    };
  }
  const deployed = holdout.deployed ?? model;
  if (current !== undefined && !(deployed.rocAuc >= current.rocAuc && deployed.brier <= current.brier)) {
    return {
      promoted: false,
      reason: `does not beat the current model on the holdout (AUC ${f(deployed.rocAuc)} vs ${f(current.rocAuc)}, Brier ${f(deployed.brier)} vs ${f(current.brier)})`,
    };
  }
  return {
    promoted: true,
    reason:
      current === undefined
        ? `beats the naive baseline on the holdout (AUC ${f(model.rocAuc)} vs ${f(naive.rocAuc)}, Brier ${f(model.brier)} vs ${f(naive.brier)}); no current model`
        : `beats the current model (AUC ${f(current.rocAuc)}, Brier ${f(current.brier)}) and the naive baseline on the holdout`,
  };
}
