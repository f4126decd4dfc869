import { getWorklist } from "../core/usecases/model-worklist";
import { asOfParam, defineRoute } from "./http";

/** The caller's worklist ranked by expected cash at risk; managers may pick a collector or see all. */
defineRoute("worklist-get", { route: "worklist", methods: ["GET"] }, async (ctx) => {
  const asOf = asOfParam(ctx);
  if (!asOf.ok) return asOf;
  const collectorId = ctx.query.get("collectorId") || undefined;
  return getWorklist(ctx.store, ctx.principal, { asOf: asOf.value, ...(collectorId ? { collectorId } : {}) });
});
