import { getClientSummary } from "../core/usecases/client-summary";
import { asOfParam, defineRoute } from "./http";

/** The client view beside an email: owners, aging, open invoices, recent interactions. */
defineRoute("clients-summary", { route: "clients/{clientId}/summary", methods: ["GET"] }, async (ctx) => {
  const asOf = asOfParam(ctx);
  if (!asOf.ok) return asOf;
  return getClientSummary(ctx.store, ctx.principal, ctx.params.clientId ?? "", asOf.value);
});
