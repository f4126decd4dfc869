import { getClientScore } from "../core/usecases/client-score";
import { asOfParam, defineRoute } from "./http";

/** A client's payment score as of a day, from the stored scores (re-scored if stored for another day). */
defineRoute("clients-score", { route: "clients/{clientId}/score", methods: ["GET"] }, async (ctx) => {
  const asOf = asOfParam(ctx);
  if (!asOf.ok) return asOf;
  return getClientScore(ctx.store, ctx.principal, ctx.params.clientId ?? "", asOf.value);
});
