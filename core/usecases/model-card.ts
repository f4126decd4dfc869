/**
 * The model card managers read (`GET /api/model`): which version serves, the data it learned from,
 * its holdout metrics against the naive baseline (the client's past late share), the leading
 * indicators with their weights, the calibration table, and the outcome of the last training.
 */
import type { IsoDate, IsoInstant } from "../domain/types";
import { fail, ok, type Result } from "../errors/codes";
import { hasRole, type Principal } from "../ports/principal";
import type { TenantStore } from "../ports/store.port";
import type { ReliabilityBin } from "../scoring/calibration";
import type { Metrics } from "../scoring/metrics";
import { type ModelCard, modelCard } from "../scoring/plan";
import { modelMissing } from "./model-read";
import { LATEST_ID, type LatestTraining, loadModelInService, MODEL_DOC } from "./model-store";

export interface ModelCardView extends ModelCard {
  asOf: IsoDate;
  trainedAt: IsoInstant;
  inServiceSince: IsoInstant;
  provisional: boolean;
  /** Why this version serves (the gate's reason, or why it serves provisionally). */
  servingReason: string;
  /** Firm-wide late rate in training. */
  baseLateRate: number;
  /** "Paid within 30 days" on open invoices in the holdout, against the pace model alone. */
  paidWithin30Holdout?: { model: Metrics; paceOnly: Metrics };
  /** Predicted vs observed late share by score band, on the holdout. */
  calibrationTable: ReliabilityBin[];
  features: { lateAtIssue: string[]; paidWithin30: string[] };
  /** The most recent training when it is not the version in service (kept unpromoted, with the reason). */
  latestTraining?: LatestTraining;
}

export async function getModelCard(store: TenantStore, principal: Principal): Promise<Result<ModelCardView>> {
  if (!hasRole(principal, "manager", "admin")) {
    return fail("FORBIDDEN", "the model card is for managers and administrators");
  }
  const serving = await loadModelInService(store);
  if (!serving) return modelMissing();
  const { record, pointer } = serving;
  const { model } = record;
  const latest = await store.documents.get<LatestTraining>(MODEL_DOC.current, LATEST_ID);
  return ok({
    ...modelCard(model),
    asOf: record.asOf,
    trainedAt: record.trainedAt,
    inServiceSince: pointer.since,
    provisional: pointer.provisional,
    servingReason: pointer.reason,
    baseLateRate: model.baseLateRate,
    ...(model.paidWithin30Holdout ? { paidWithin30Holdout: model.paidWithin30Holdout } : {}),
    calibrationTable: model.reliability,
    features: { lateAtIssue: model.lateAtIssue.features, paidWithin30: model.paidWithin30.features },
    ...(latest && latest.body.versionId !== model.versionId ? { latestTraining: latest.body } : {}),
  });
}
