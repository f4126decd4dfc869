/**
 * The portfolio trend and the baseline AR shares (managers and administrators): both replay the
 * ledger, so they are kept for an hour (report-cache) and say when they were computed;
 * `refresh=1` recomputes now.
 */
import { fail } from "../core/errors/codes";
import { getArShareBaseline } from "../core/reports/ar-share-baseline";
import { getPortfolioTrend } from "../core/reports/portfolio-report";
import { asOfParam, defineRoute, type RouteContext } from "./http";

function wholeNumber(ctx: RouteContext, name: string, fallback: number, min: number, max: number) {
  const raw = ctx.query.get(name);
  const value = raw === null || raw === "" ? fallback : Number(raw);
  return Number.isInteger(value) && value >= min && value <= max ? value : undefined;
}

defineRoute(
  "reports-aging-trend",
  { route: "reports/aging-trend", methods: ["GET"], roles: ["manager", "admin"] },
  async (ctx) => {
    const asOf = asOfParam(ctx);
    if (!asOf.ok) return asOf;
    const weeks = wholeNumber(ctx, "weeks", 12, 1, 52);
    const periodDays = wholeNumber(ctx, "periodDays", 90, 7, 730);
    if (weeks === undefined) return fail("VALIDATION", "weeks must be a whole number from 1 to 52");
    if (periodDays === undefined) return fail("VALIDATION", "periodDays must be a whole number from 7 to 730");
    return getPortfolioTrend(ctx.store, ctx.principal, {
      asOf: asOf.value,
      weeks,
      periodDays,
      now: ctx.deps.now().toISOString(),
      refresh: ctx.query.get("refresh") === "1",
    });
  },
);

defineRoute(
  "reports-baseline-shares",
  { route: "reports/baseline-shares", methods: ["GET"], roles: ["manager", "admin"] },
  async (ctx) => {
    const asOf = asOfParam(ctx);
    if (!asOf.ok) return asOf;
    const windowDays = wholeNumber(ctx, "windowDays", 180, 7, 730);
    if (windowDays === undefined) return fail("VALIDATION", "windowDays must be a whole number from 7 to 730");
    return getArShareBaseline(ctx.store, ctx.principal, {
      asOf: asOf.value,
      windowDays,
      now: ctx.deps.now().toISOString(),
      refresh: ctx.query.get("refresh") === "1",
    });
  },
);
