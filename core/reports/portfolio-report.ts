/**
 * The managers' portfolio trend (`GET /api/reports/aging-trend`): AR by aging bucket, overdue AR,
 * DSO, CEI and the share over 30/60/90 days at weekly points ending today, for the whole firm in
 * its reporting currency. Kept for `maxAgeMinutes` (report-cache) because it replays the ledger.
 */
import { seesWholeFirm } from "../access/access";
import { type AgingBucketDef, DEFAULT_BUCKETS } from "../aging/aging";
import type { IsoDate, IsoInstant } from "../domain/types";
import { fail, ok, type Result } from "../errors/codes";
import type { Principal } from "../ports/principal";
import type { TenantStore } from "../ports/store.port";
import { loadLedgerSnapshot } from "./ledger-snapshot";
import { portfolioTrend, type TrendPoint, weeklyDates } from "./portfolio-trend";
import { cachedReport } from "./report-cache";

export interface PortfolioTrendReport {
  asOf: IsoDate;
  weeks: number;
  periodDays: number;
  currency: string;
  buckets: AgingBucketDef[];
  points: TrendPoint[];
  excludedInvoices: number;
  computedAt: IsoInstant;
  cached: boolean;
  method: Record<string, string>;
}

export const TREND_METHOD = {
  points: "weekly: asOf and the same weekday in each earlier week",
  aging: "balance owed at the end of each day (payments and credits replayed), by days past due",
  dso: "countback: AR on the day covered by prior months' billings, most recent first",
  cei: "(beginning AR + billings − ending AR) / (beginning AR + billings − ending current AR) × 100 over the periodDays ending on the day",
  share: "AR more than 30 / 60 / 90 days past due ÷ AR on the day",
  currency: "the firm's reporting currency only; invoices in other currencies are counted in excludedInvoices",
};

export const TREND_MAX_AGE_MINUTES = 60;

export async function getPortfolioTrend(
  store: TenantStore,
  principal: Principal,
  options: { asOf: IsoDate; weeks: number; periodDays: number; now: IsoInstant; refresh?: boolean },
): Promise<Result<PortfolioTrendReport>> {
  if (!seesWholeFirm(principal)) return fail("FORBIDDEN", "the portfolio trend is for managers and administrators");
  const key = `portfolio-trend|${options.asOf}|${options.weeks}|${options.periodDays}`;
  const cacheOptions = { now: options.now, maxAgeMinutes: TREND_MAX_AGE_MINUTES, refresh: options.refresh ?? false };
  const result = await cachedReport(store, key, cacheOptions, async () => {
    const snapshot = await loadLedgerSnapshot(store);
    const points = portfolioTrend(snapshot.invoices, snapshot.ledger, weeklyDates(options.asOf, options.weeks), {
      periodDays: options.periodDays,
    });
    return { currency: snapshot.currency, points, excludedInvoices: snapshot.excludedInvoices };
  });
  return ok({
    asOf: options.asOf,
    weeks: options.weeks,
    periodDays: options.periodDays,
    buckets: DEFAULT_BUCKETS,
    ...result.report,
    computedAt: result.computedAt,
    cached: result.cached,
    method: TREND_METHOD,
  });
}
