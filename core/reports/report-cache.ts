/**
 * Whole-firm reports that replay the ledger (a trend over weeks, the baseline) cost seconds on a
 * large firm, so the answer is kept as a document for a while and the page says when it was
 * computed. Keyed by the report's inputs (including the day), so tomorrow never reads today's.
 */
import type { IsoInstant } from "../domain/types";
import type { TenantStore } from "../ports/store.port";

export const REPORT_CACHE_KIND = "report-cache";
export const REPORTS_ACTOR = "nudge-reports";
const KEEP_MS = 2 * 86_400_000;

export interface Cached<T> {
  report: T;
  computedAt: IsoInstant;
  /** True when read from the cache rather than computed for this request. */
  cached: boolean;
}

export async function cachedReport<T>(
  store: TenantStore,
  key: string,
  options: { now: IsoInstant; maxAgeMinutes: number; refresh?: boolean },
  compute: () => Promise<T>,
): Promise<Cached<T>> {
  if (!options.refresh) {
    const hit = await store.documents.get<{ report: T; computedAt: IsoInstant }>(REPORT_CACHE_KIND, key);
    const age = hit ? Date.parse(options.now) - Date.parse(hit.body.computedAt) : Number.POSITIVE_INFINITY;
    if (hit && age >= 0 && age <= options.maxAgeMinutes * 60_000)
      return { report: hit.body.report, computedAt: hit.body.computedAt, cached: true };
  }
  const report = await compute();
  await store.documents.upsert(REPORT_CACHE_KIND, key, { report, computedAt: options.now }, { actorId: REPORTS_ACTOR });
  // Keys carry the day, so yesterday's answers are never read again: drop them rather than keep a year of them.
  for (const old of await store.documents.list<{ computedAt: IsoInstant }>(REPORT_CACHE_KIND))
    if (Date.parse(options.now) - Date.parse(old.body.computedAt) > KEEP_MS)
      await store.documents.delete(REPORT_CACHE_KIND, old.id);
  return { report, computedAt: options.now, cached: false };
}
