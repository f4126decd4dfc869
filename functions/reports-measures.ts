import { fail, ok } from "../core/errors/codes";
import { getFirmMeasures } from "../core/usecases/firm-measures";
import { asOfParam, defineRoute } from "./http";

/** DSO, CEI, days to pay, share over 60/90 days and dispute rate for the period ending on `asOf`. */
defineRoute("reports-measures", { route: "reports/measures", methods: ["GET"] }, async (ctx) => {
  const asOf = asOfParam(ctx);
  if (!asOf.ok) return asOf;
  const days = Number(ctx.query.get("periodDays") ?? 90);
  if (!Number.isInteger(days) || days < 7 || days > 730)
    return fail("VALIDATION", "periodDays must be a whole number from 7 to 730");
  return ok(await getFirmMeasures(ctx.store, ctx.principal, asOf.value, days));
});
