/**
 * One call for the daily collections plan: score the open book, roll it up per account, segment
 * each account, rank every collector's worklist and recommend escalation days, all as of `asOf`.
 */
import type { IsoDate } from "../domain/types";
import { type AccountForecast, forecastAccounts } from "./accounts";
import { type EscalationRecommendation, recommendEscalation } from "./escalation";
import { paceEffects } from "./indicators";
import type { LeadingIndicator, ModelVersion } from "./model-version";
import type { PaymentHistory } from "./payment-history";
import { type OpenInvoiceScore, scoreOpenInvoices } from "./score-open";
import { DEFAULT_SEGMENT_POLICY, type SegmentPolicy } from "./segments";
import { type WorklistItem, buildWorklists } from "./worklist";

export interface CollectionsPlan {
  asOf: IsoDate;
  modelVersion: string;
  scores: OpenInvoiceScore[];
  accounts: AccountForecast[];
  worklists: Map<string, WorklistItem[]>;
}

/** Scores, accounts, worklists and escalation days for the firm's policy (defaults when none is given). */
export function planCollections(
  model: ModelVersion,
  history: PaymentHistory,
  asOf: IsoDate,
  collectorOf: (clientId: string) => string | undefined,
  policy: SegmentPolicy = DEFAULT_SEGMENT_POLICY,
): CollectionsPlan {
  const scores = scoreOpenInvoices(model, history, asOf);
  const byAccount = new Map<string, OpenInvoiceScore[]>();
  for (const s of scores) {
    const key = `${s.clientId}\u0000${s.currency}`;
    const list = byAccount.get(key);
    if (list) list.push(s);
    else byAccount.set(key, [s]);
  }
  const accounts = forecastAccounts(scores);
  const escalationOf = (a: AccountForecast): EscalationRecommendation =>
    recommendEscalation(model, byAccount.get(`${a.clientId}\u0000${a.currency}`) ?? [], asOf, policy);
  return {
    asOf,
    modelVersion: model.versionId,
    scores,
    accounts,
    worklists: buildWorklists(accounts, collectorOf, policy, escalationOf),
  };
}

export interface ModelCard {
  versionId: string;
  trainingWindow: ModelVersion["trainingWindow"];
  holdout: ModelVersion["holdout"];
  leadingIndicators: LeadingIndicator[];
  /** The pace model's effects in days, as sentences. */
  paceEffects: string[];
  calibration: string;
  promotion: ModelVersion["promotion"];
}

/** What `GET /api/model` shows a manager: version, data window, holdout metrics, leading indicators. */
export function modelCard(model: ModelVersion): ModelCard {
  return {
    versionId: model.versionId,
    trainingWindow: model.trainingWindow,
    holdout: model.holdout,
    leadingIndicators: model.leadingIndicators,
    paceEffects: paceEffects(model.pace),
    calibration: model.lateAtIssue.calibration.method,
    promotion: model.promotion,
  };
}
