/**
 * The payment model's lifecycle, one use case for the CLI, the nightly timer and `npm start`:
 * train on the firm's history as of a day, store the version, pass it through the promotion gate,
 * and re-score the open book with whichever version is in service.
 */
import type { IsoDate, IsoInstant } from "../domain/types";
import { fail, ok, type Result } from "../errors/codes";
import type { TenantStore } from "../ports/store.port";
import { loadSegmentPolicy } from "../config/segment-policy-store";
import type { HoldoutReport, ModelVersion, PromotionDecision } from "../scoring/model-version";
import type { PaymentHistory } from "../scoring/payment-history";
import { trainModel } from "../scoring/train";
import { forEachLimit } from "../workflow/engine/pool";
import { loadPaymentHistory } from "./model-history";
import { scoreBook } from "./model-scores";
import {
  CURRENT_ID,
  LATEST_ID,
  type LatestTraining,
  loadClientScores,
  loadModelInService,
  MODEL_DOC,
  type ModelInService,
  type ModelPointer,
  type ModelVersionRecord,
} from "./model-store";

export interface TrainInput {
  asOf: IsoDate;
  versionId: string;
  now: IsoInstant;
  actorId: string;
}

export interface RescoreSummary {
  asOf: IsoDate;
  modelVersion: string;
  clients: number;
  accounts: number;
  invoices: number;
  removed: number;
}

export interface TrainOutcome {
  versionId: string;
  trainingWindow: ModelVersion["trainingWindow"];
  holdout?: HoldoutReport;
  promotion: PromotionDecision;
  /** The version in service after this training (the new one, or the one kept). */
  inService: string;
  provisional: boolean;
  scored: RescoreSummary;
}

/** Version ids name the training day; the caller's nonce keeps two trainings on one day apart. */
export function versionIdFor(asOf: IsoDate, nonce: string): string {
  return `m-${asOf}-${nonce}`;
}

/** trainModel's refusal when the history is too short: an expected outcome, not a bug. */
export function isTooLittleHistory(error: unknown): error is RangeError {
  return error instanceof RangeError && /^only \d+ settled invoices before /.test(error.message);
}

function train(history: PaymentHistory, input: TrainInput, current: ModelVersion | undefined): Result<ModelVersion> {
  try {
    return ok(trainModel(history, { cutoff: input.asOf, versionId: input.versionId, ...(current ? { current } : {}) }));
  } catch (error) {
    if (isTooLittleHistory(error)) {
      return fail(
        "VALIDATION",
        `not enough payment history to train a model as of ${input.asOf}: ${error.message}; at least 20 are needed`,
      );
    }
    throw error;
  }
}

/**
 * Which version serves after a training. The gate's decision stands, with one exception: a firm
 * with no model in service gets its first model provisionally (so collectors see scores and
 * escalation days from day one, marked as provisional with the gate's reason); only a promoted
 * model ever replaces a version in service.
 */
export function nextPointer(model: ModelVersion, inService: ModelInService | undefined, now: IsoInstant): ModelPointer {
  if (model.promotion.promoted)
    return { versionId: model.versionId, since: now, provisional: false, reason: model.promotion.reason };
  if (inService) return inService.pointer;
  return {
    versionId: model.versionId,
    since: now,
    provisional: true,
    reason: `in service provisionally, as the firm's first model: ${model.promotion.reason}`,
  };
}

/** Trains, stores the version, moves the pointer if the gate allows, and re-scores the book. */
export async function trainAndStoreModel(store: TenantStore, input: TrainInput): Promise<Result<TrainOutcome>> {
  const [{ history }, inService] = await Promise.all([loadPaymentHistory(store), loadModelInService(store)]);
  const trained = train(history, input, inService?.record.model);
  if (!trained.ok) return trained;
  const model = trained.value;
  const record: ModelVersionRecord = { model, asOf: input.asOf, trainedAt: input.now, trainedBy: input.actorId };
  const created = await store.documents.create(MODEL_DOC.version, model.versionId, record, { actorId: input.actorId });
  if (!created.ok) return created;
  const latest: LatestTraining = {
    versionId: model.versionId,
    asOf: input.asOf,
    trainedAt: input.now,
    ...model.promotion,
  };
  await store.documents.upsert(MODEL_DOC.current, LATEST_ID, latest, { actorId: input.actorId });
  const pointer = nextPointer(model, inService, input.now);
  if (pointer.versionId === model.versionId) {
    await store.documents.upsert(MODEL_DOC.current, CURRENT_ID, pointer, { actorId: input.actorId });
  }
  const serving: ModelInService = pointer.versionId === model.versionId ? { pointer, record } : inService!;
  const scored = await rescoreAndStore(store, serving, { asOf: input.asOf, actorId: input.actorId, history });
  return ok({
    versionId: model.versionId,
    trainingWindow: model.trainingWindow,
    ...(model.holdout ? { holdout: model.holdout } : {}),
    promotion: model.promotion,
    inService: serving.record.model.versionId,
    provisional: serving.pointer.provisional,
    scored,
  });
}

/**
 * Scores every client's open invoices as of `asOf` with the version in service and stores one
 * record per client with that version; records of clients no longer in the ledger are removed.
 */
export async function rescoreAndStore(
  store: TenantStore,
  serving: ModelInService,
  options: { asOf: IsoDate; actorId: string; history?: PaymentHistory },
): Promise<RescoreSummary> {
  const [history, clients, previous, policy] = await Promise.all([
    options.history ?? loadPaymentHistory(store).then((h) => h.history),
    store.listClients(),
    loadClientScores(store),
    loadSegmentPolicy(store),
  ]);
  const records = scoreBook({
    model: serving.record.model,
    provisional: serving.pointer.provisional,
    history,
    asOf: options.asOf,
    clients,
    policy: policy.policy,
    previous,
  });
  // A few writes in flight: a remote store (Cosmos) answers each in milliseconds, a firm has thousands.
  await forEachLimit(records, 8, async (r) => {
    await store.documents.upsert(MODEL_DOC.score, r.clientId, r, { actorId: options.actorId, clientId: r.clientId });
  });
  const kept = new Set(records.map((r) => r.clientId));
  let removed = 0;
  for (const clientId of previous.keys()) {
    if (!kept.has(clientId) && (await store.documents.delete(MODEL_DOC.score, clientId))) removed += 1;
  }
  return {
    asOf: options.asOf,
    modelVersion: serving.record.model.versionId,
    clients: records.length,
    accounts: records.reduce((s, r) => s + r.accounts.length, 0),
    invoices: records.reduce((s, r) => s + r.accounts.reduce((n, a) => n + a.openInvoices, 0), 0),
    removed,
  };
}
