/**
 * The 30/60/90-day AR shares before and after Nudge began acting, from the firm's own ledger: the
 * share of AR more than 30, 60 and 90 days past due, averaged over weekly points in each window —
 * before: the `windowDays` ending the day before `nudgeStartDate`; after: `nudgeStartDate` to `asOf`.
 * Averaging weekly points (not one day each side) keeps a single large invoice from deciding it.
 */
import type { LedgerIndex } from "../aging/balance";
import { seesWholeFirm } from "../access/access";
import { addDays } from "../domain/dates";
import type { Invoice, IsoDate, IsoInstant } from "../domain/types";
import { fail, ok, type Result } from "../errors/codes";
import type { Principal } from "../ports/principal";
import type { TenantStore } from "../ports/store.port";
import { loadLedgerSnapshot } from "./ledger-snapshot";
import { portfolioTrend } from "./portfolio-trend";
import { cachedReport } from "./report-cache";

export interface ShareWindow {
  from: IsoDate;
  to: IsoDate;
  points: number;
  over30: number | null;
  over60: number | null;
  over90: number | null;
}

export interface ArShareBaseline {
  nudgeStartDate: IsoDate;
  before: ShareWindow;
  after: ShareWindow;
  /** after − before, in share points (negative = less AR aged past the mark). */
  change: { over30: number | null; over60: number | null; over90: number | null };
}

/** Weekly points ending on `to`, going back no further than `from`, oldest first. */
export function weeklyPointsBetween(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = to; d >= from; d = addDays(d, -7)) out.unshift(d);
  return out;
}

const avg = (xs: (number | null)[]) => {
  const known = xs.filter((x): x is number => x !== null);
  return known.length ? Math.round((known.reduce((a, b) => a + b, 0) / known.length) * 10000) / 10000 : null;
};
const diff = (a: number | null, b: number | null) =>
  a === null || b === null ? null : Math.round((b - a) * 10000) / 10000;

function shareWindow(invoices: Invoice[], ledger: LedgerIndex, from: IsoDate, to: IsoDate): ShareWindow {
  const dates = to < from ? [] : weeklyPointsBetween(from, to);
  const points = portfolioTrend(invoices, ledger, dates, { rates: false });
  return {
    from,
    to,
    points: dates.length,
    over30: avg(points.map((p) => p.shareOver30)),
    over60: avg(points.map((p) => p.shareOver60)),
    over90: avg(points.map((p) => p.shareOver90)),
  };
}

export function arShareBaseline(
  invoices: Invoice[],
  ledger: LedgerIndex,
  nudgeStartDate: IsoDate,
  asOf: IsoDate,
  windowDays = 180,
): ArShareBaseline {
  const before = shareWindow(invoices, ledger, addDays(nudgeStartDate, -windowDays), addDays(nudgeStartDate, -1));
  const after = shareWindow(invoices, ledger, nudgeStartDate, asOf);
  return {
    nudgeStartDate,
    before,
    after,
    change: {
      over30: diff(before.over30, after.over30),
      over60: diff(before.over60, after.over60),
      over90: diff(before.over90, after.over90),
    },
  };
}

export const SHARE_METHOD =
  "Share of AR more than 30/60/90 days past due (payments and credits replayed to each day), averaged over weekly points: before = the windowDays ending the day before Nudge began acting; after = from that day to asOf, ending on asOf.";

export async function getArShareBaseline(
  store: TenantStore,
  principal: Principal,
  options: { asOf: IsoDate; windowDays: number; now: IsoInstant; refresh?: boolean },
): Promise<Result<ArShareBaseline & { currency: string; computedAt: IsoInstant; cached: boolean; method: string }>> {
  if (!seesWholeFirm(principal)) return fail("FORBIDDEN", "the baseline is for managers and administrators");
  const tenant = await store.getTenant();
  const start = tenant?.nudgeStartDate;
  if (!start)
    return fail("VALIDATION", "the firm has no nudgeStartDate: the baseline needs the day Nudge started acting");
  const key = `ar-share-baseline|${options.asOf}|${options.windowDays}|${start}`;
  const cacheOptions = { now: options.now, maxAgeMinutes: 60, refresh: options.refresh ?? false };
  const result = await cachedReport(store, key, cacheOptions, async () => {
    const snap = await loadLedgerSnapshot(store);
    return {
      currency: snap.currency,
      ...arShareBaseline(snap.invoices, snap.ledger, start, options.asOf, options.windowDays),
    };
  });
  return ok({ ...result.report, computedAt: result.computedAt, cached: result.cached, method: SHARE_METHOD });
}
