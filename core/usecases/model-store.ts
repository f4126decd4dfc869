/**
 * How the payment model lives in the document store: every trained version (firm-level, kept for
 * audit whether promoted or not), one pointer to the version in service, and one current score per
 * client (in the client's partition) stamped with the version that produced it.
 */
import type { IsoDate, IsoInstant } from "../domain/types";
import type { TenantStore } from "../ports/store.port";
import type { Confidence } from "../scoring/confidence";
import type { EscalationRecommendation } from "../scoring/escalation";
import type { ModelVersion } from "../scoring/model-version";
import type { Segment } from "../scoring/segments";

export const MODEL_DOC = {
  version: "model-version",
  current: "model-current",
  score: "client-score",
} as const;

/** Ids under `model-current`: the version in service, and the last training's outcome. */
export const CURRENT_ID = "current";
export const LATEST_ID = "latest";

/**
 * A trained version as stored. `model` holds the training window, features, weights,
 * standardization, calibration, reliability table, holdout metrics and the promotion decision.
 */
export interface ModelVersionRecord {
  model: ModelVersion;
  /** The day the model was trained as of (its cutoff). */
  asOf: IsoDate;
  trainedAt: IsoInstant;
  trainedBy: string;
}

export interface ModelPointer {
  versionId: string;
  since: IsoInstant;
  /**
   * True when the version is in service without having passed the promotion gate: the firm's first
   * model, served because there was no model to keep; the first promoted model replaces it.
   */
  provisional: boolean;
  reason: string;
}

/** The last training, promoted or not, so the model card can say why a newer version is not serving. */
export interface LatestTraining {
  versionId: string;
  asOf: IsoDate;
  trainedAt: IsoInstant;
  promoted: boolean;
  reason: string;
}

export interface ScoreReason {
  feature: string;
  text: string;
  /** Log-odds the fact adds to the risk of no payment within 30 days (negative lowers it). */
  weight: number;
}

/** One account (client and currency) as scored: what the worklist, score route and bot read. */
export interface AccountScore {
  currency: string;
  openInvoices: number;
  openBalanceMinor: number;
  overdueBalanceMinor: number;
  maxDaysPastDue: number;
  /** Balance-weighted chance the overdue balance is paid within 30 days. */
  p30: number;
  /** Balance-weighted chance, judged at issue, that the open invoices end up paid late. */
  pLate: number;
  confidence: Confidence;
  reasons: ScoreReason[];
  segment: Segment;
  segmentRule: string;
  /** The main reason in one line, for the worklist. */
  reason: string;
  nextAction: string;
  expectedCash7Minor: number;
  expectedCash30Minor: number;
  expectedCash60Minor: number;
  cashAtRiskMinor: number;
  escalation?: EscalationRecommendation;
}

export interface ClientScoreRecord {
  clientId: string;
  asOf: IsoDate;
  modelVersion: string;
  provisional: boolean;
  collectorId: string;
  /** Largest cash at risk first; empty when nothing is open. */
  accounts: AccountScore[];
}

export interface ModelInService {
  pointer: ModelPointer;
  record: ModelVersionRecord;
}

/** The version in service, or undefined before the first training. */
export async function loadModelInService(store: TenantStore): Promise<ModelInService | undefined> {
  const pointer = await store.documents.get<ModelPointer>(MODEL_DOC.current, CURRENT_ID);
  if (!pointer) return undefined;
  const record = await store.documents.get<ModelVersionRecord>(MODEL_DOC.version, pointer.body.versionId);
  return record ? { pointer: pointer.body, record: record.body } : undefined;
}

/** Stored client scores by client id. */
export async function loadClientScores(store: TenantStore): Promise<Map<string, ClientScoreRecord>> {
  const docs = await store.documents.list<ClientScoreRecord>(MODEL_DOC.score);
  return new Map(docs.map((d) => [d.body.clientId, d.body]));
}

/** Fresh means scored for the day asked by the model in service; anything else is recomputed. */
export function isFresh(score: ClientScoreRecord | undefined, asOf: IsoDate, versionId: string): boolean {
  return score !== undefined && score.asOf === asOf && score.modelVersion === versionId;
}
