/** The managers' workflow measures (formulas in core/workflow/measures): one route per report, `from`/`to` period. */
import { isIsoDate } from "../core/domain/dates";
import { fail } from "../core/errors/codes";
import { REPORTS, workflowReport } from "../core/workflow/measures/reports";
import { asOfParam, defineRoute } from "./http";

for (const name of REPORTS) {
  defineRoute(
    `reports-${name}`,
    { route: `reports/${name}`, methods: ["GET"], roles: ["manager", "admin"] },
    async (ctx) => {
      const asOf = asOfParam(ctx);
      if (!asOf.ok) return asOf;
      const from = ctx.query.get("from") ?? undefined;
      const to = ctx.query.get("to") ?? undefined;
      for (const [field, value] of [
        ["from", from],
        ["to", to],
      ] as const)
        if (value !== undefined && !isIsoDate(value))
          return fail("VALIDATION", `${field} must be a date as YYYY-MM-DD`);
      const windowDays = ctx.query.get("windowDays");
      if (windowDays !== null && !/^\d{1,4}$/.test(windowDays))
        return fail("VALIDATION", "windowDays must be a whole number");
      return workflowReport(ctx.store, ctx.principal, name, {
        asOf: asOf.value,
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
        ...(windowDays ? { windowDays: Number(windowDays) } : {}),
      });
    },
  );
}
