/**
 * Payment-likelihood model: public surface. Pure code (no host, clock or randomness): callers pass
 * the invoices, the audit trail, the day (`asOf`/`cutoff`) and the version id.
 */
export { type AccountForecast, forecastAccounts } from "./accounts";
export { type BacktestOptions, type BacktestPrediction, type BacktestResult, backtest, backtestCsv } from "./backtest";
export { type Calibration, type ReliabilityBin, calibrate, fitIsotonic, fitPlatt, reliability } from "./calibration";
export { type Confidence, type ConfidencePolicy, DEFAULT_CONFIDENCE, confidenceOf } from "./confidence";
export { type EscalationRecommendation, projectedP30, recommendEscalation } from "./escalation";
export { FEATURE_LABELS, ISSUE_FEATURES } from "./features";
export { leadingIndicators, paceEffects } from "./indicators";
export type { LinearModel } from "./linear-model";
export { type Metrics, brierScore, evaluate, logLoss, precisionAtTop, rocAuc } from "./metrics";
export {
  type HoldoutReport,
  type LeadingIndicator,
  type ModelVersion,
  type PromotionDecision,
  decidePromotion,
} from "./model-version";
export { OPEN_FEATURES, OPEN_FEATURE_LABELS } from "./open-features";
export type { PaceModel } from "./pace";
export type { Reason } from "./reasons";
export { type IssueScore, scoreAtIssue } from "./score-issue";
export { type OpenInvoiceScore, paidWithin, scoreOpenInvoices } from "./score-open";
export {
  DEFAULT_SEGMENT_POLICY,
  type Segment,
  type SegmentDecision,
  type SegmentPolicy,
  segmentAccount,
} from "./segments";
export { type PaymentHistory, preparePaymentHistory } from "./payment-history";
export { type CollectionsPlan, type ModelCard, modelCard, planCollections } from "./plan";
export { type TrainOptions, trainModel } from "./train";
export { NEXT_ACTIONS, UNASSIGNED, type WorklistItem, buildWorklists, escalationsDue, managerView } from "./worklist";
