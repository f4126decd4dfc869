/**
 * Reading scores for a day: the stored record when it was made that day by the version in
 * service, else the client is re-scored in memory (reads never write; the nightly run and
 * `nudge model train` store scores).
 */
import type { Client, IsoDate } from "../domain/types";
import { fail, ok, type Result } from "../errors/codes";
import type { TenantStore } from "../ports/store.port";
import { loadSegmentPolicy } from "../config/segment-policy-store";
import { loadPaymentHistory } from "./model-history";
import { scoreBook } from "./model-scores";
import {
  type ClientScoreRecord,
  isFresh,
  loadClientScores,
  loadModelInService,
  type ModelInService,
} from "./model-store";

export function modelMissing(): Result<never> {
  return fail("MODEL_MISSING", "no payment model has been trained for this firm yet: run `nudge model train`");
}

export interface ScoresForDay {
  serving: ModelInService;
  scores: Map<string, ClientScoreRecord>;
  /** Clients re-scored in memory because their stored score was for another day or version. */
  recomputed: number;
}

/** Scores of `clients` as of `asOf`; MODEL_MISSING before the first training. */
export async function scoresForDay(
  store: TenantStore,
  clients: readonly Client[],
  asOf: IsoDate,
): Promise<Result<ScoresForDay>> {
  const serving = await loadModelInService(store);
  if (!serving) return modelMissing();
  const stored = await loadClientScores(store);
  const versionId = serving.record.model.versionId;
  const scores = new Map<string, ClientScoreRecord>();
  const stale: Client[] = [];
  for (const client of clients) {
    const score = stored.get(client.id);
    if (score && isFresh(score, asOf, versionId)) scores.set(client.id, score);
    else stale.push(client);
  }
  if (stale.length > 0) {
    // A firm-wide re-score reads the whole ledger once; a few clients read only their own.
    const few = stale.length <= 20;
    const [{ history }, policy] = await Promise.all([
      loadPaymentHistory(store, few ? stale.map((c) => c.id) : undefined),
      loadSegmentPolicy(store),
    ]);
    const fresh = scoreBook({
      model: serving.record.model,
      provisional: serving.pointer.provisional,
      history,
      asOf,
      clients: stale,
      policy: policy.policy,
      previous: stored,
    });
    for (const r of fresh) scores.set(r.clientId, r);
  }
  return ok({ serving, scores, recomputed: stale.length });
}
