import type { AgingGroupBy } from "../core/aging/aging";
import { fail, ok } from "../core/errors/codes";
import { getAgingReport } from "../core/usecases/aging-report";
import { asOfParam, defineRoute } from "./http";

const GROUPS: AgingGroupBy[] = ["client", "matter", "partner", "collector"];

/** Aging by client, matter, billing partner or collector, for any day. */
defineRoute("reports-aging", { route: "reports/aging", methods: ["GET"] }, async (ctx) => {
  const asOf = asOfParam(ctx);
  if (!asOf.ok) return asOf;
  const by = (ctx.query.get("by") ?? "client") as AgingGroupBy;
  if (!GROUPS.includes(by)) return fail("VALIDATION", `by must be one of ${GROUPS.join(", ")}`);
  return ok(await getAgingReport(ctx.store, ctx.principal, { asOf: asOf.value, today: ctx.deps.today(), by }));
});
