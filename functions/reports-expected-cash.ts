import { getExpectedCash } from "../core/usecases/expected-cash";
import { asOfParam, defineRoute } from "./http";

/** The payment model's cash forecast (7/30/60 days) over the caller's visible clients. */
defineRoute("reports-expected-cash", { route: "reports/expected-cash", methods: ["GET"] }, async (ctx) => {
  const asOf = asOfParam(ctx);
  if (!asOf.ok) return asOf;
  return getExpectedCash(ctx.store, ctx.principal, asOf.value);
});
