/**
 * Training a model version from the firm's own history, as known on the cutoff day.
 */
import type { IsoDate } from "../domain/types";
import { dayOf, isoOfDay } from "./day";
import { type FeatureContext, ISSUE_FEATURES, fillContext } from "./features";
import { leadingIndicators } from "./indicators";
import { contextOf, issueRows, settledBefore } from "./issue-rows";
import { type LateAtIssueTraining, trainLateAtIssue } from "./issue-train";
import { type Ledger, viewAt } from "./ledger";
import { probability } from "./linear-model";
import { evaluate } from "./metrics";
import { type HoldoutReport, type ModelVersion, type PromotionDecision, decidePromotion } from "./model-version";
import { trainPaidWithin30 } from "./open-train";
import type { PaymentHistory } from "./payment-history";
import type { Signals } from "./signals";

export interface TrainOptions {
  /** Only invoices issued and settled before this day are labelled; no later payment is seen. */
  cutoff: IsoDate;
  versionId: string;
  /** The model in service: the new one must beat it on the same holdout to be promoted. */
  current?: ModelVersion;
}

interface LateModelResult {
  late: LateAtIssueTraining;
  holdout?: HoldoutReport;
  promotion?: PromotionDecision;
  from: number;
  invoices: number;
}

/** The late-payment model and its holdout report; its large row arrays die with this call. */
function lateModel(
  ledger: Ledger,
  signals: Signals,
  cutoff: number,
  context: FeatureContext,
  current: ModelVersion | undefined,
): LateModelResult {
  const rows = issueRows(ledger, signals, cutoff);
  const late = trainLateAtIssue(ledger, rows, cutoff, context);
  let from = Number.POSITIVE_INFINITY;
  for (const d of rows.t) from = Math.min(from, d);
  const result: LateModelResult = { late, from, invoices: rows.inv.length };
  if (!late.holdout) return result;
  const { window, labels } = late.holdout;
  const holdout: HoldoutReport = {
    from: isoOfDay(window.start),
    to: isoOfDay(window.end),
    model: evaluate(labels, late.holdout.model),
    naive: evaluate(labels, late.holdout.naive),
  };
  result.holdout = holdout;
  if (current && current.lateAtIssue.features.join() !== ISSUE_FEATURES.join()) {
    result.promotion = {
      promoted: false,
      reason: "the current model uses other features: compare and promote by hand",
    };
  } else if (current) {
    // Both models as deployed score the same holdout invoices, each with its own pace model and
    // late rate. The design rows still hold the new model's context from its final fit.
    holdout.deployed = evaluate(
      labels,
      Float64Array.from(late.holdout.rows, (k) => probability(late.model, rows.design, k)),
    );
    const ctx = { pace: current.pace, baseLateRate: current.baseLateRate };
    const p = Float64Array.from(late.holdout.rows, (k) => {
      fillContext(rows.design, ledger, rows.history, k, rows.inv[k]!, ctx);
      return probability(current.lateAtIssue, rows.design, k);
    });
    holdout.current = evaluate(labels, p);
  }
  return result;
}

/**
 * Trains a model version on the history as known on the cutoff day (later payments are unknown,
 * later events are never before any training row's day), so a backtest cannot see its test period.
 */
export function trainModel(history: PaymentHistory, options: TrainOptions): ModelVersion {
  const cutoff = dayOf(options.cutoff);
  const ledger = viewAt(history.ledger, cutoff);
  const settled = settledBefore(ledger, cutoff);
  if (settled.length < 20) throw new RangeError(`only ${settled.length} settled invoices before ${options.cutoff}`);
  // The final pace model first, then the 30-day model, then the late model: the two models' large
  // row arrays are never alive at the same time.
  const context = contextOf(ledger, settled, cutoff);
  const within30 = trainPaidWithin30(ledger, history.signals, cutoff, context);
  const result = lateModel(ledger, history.signals, cutoff, context, options.current);
  const { late } = result;
  return {
    versionId: options.versionId,
    trainingWindow: { from: isoOfDay(result.from), cutoff: options.cutoff, invoices: result.invoices },
    lateAtIssue: late.model,
    paidWithin30: within30.model,
    pace: late.context.pace,
    baseLateRate: late.context.baseLateRate,
    reliability: late.reliability,
    ...(result.holdout ? { holdout: result.holdout } : {}),
    ...(within30.holdout ? { paidWithin30Holdout: within30.holdout } : {}),
    leadingIndicators: leadingIndicators(late.model),
    promotion: result.promotion ?? decidePromotion(result.holdout),
  };
}
