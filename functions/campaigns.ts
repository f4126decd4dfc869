/** Collection campaigns (quarter-end, year-end pushes) with their progress; managers and administrators. */
import { createCampaign, listCampaigns, updateCampaign } from "../core/campaigns/campaign-store";
import { actionDeps, asOfParam, defineRoute, objectBody } from "./http";

const roles: ("manager" | "admin")[] = ["manager", "admin"];

defineRoute("campaigns-list", { route: "campaigns", methods: ["GET"], roles }, async (ctx) => {
  const asOf = asOfParam(ctx);
  if (!asOf.ok) return asOf;
  return listCampaigns(ctx.store, ctx.principal, asOf.value);
});

defineRoute("campaigns-create", { route: "campaigns", methods: ["POST"], roles, successStatus: 201 }, async (ctx) => {
  const body = await objectBody(ctx);
  if (!body.ok) return body;
  return createCampaign(ctx.store, ctx.principal, body.value, actionDeps(ctx));
});

defineRoute("campaigns-update", { route: "campaigns/{id}", methods: ["PATCH"], roles }, async (ctx) => {
  const body = await objectBody(ctx);
  if (!body.ok) return body;
  return updateCampaign(ctx.store, ctx.principal, ctx.params.id ?? "", body.value, actionDeps(ctx));
});
