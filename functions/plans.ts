/** Payment plans: a collector proposes, the authority matrix routes, the approver decides once. */
import { canSeeClient } from "../core/access/access";
import { fail, ok } from "../core/errors/codes";
import { WF_DOC } from "../core/workflow/documents";
import { approvePlan } from "../core/workflow/plans/approve-plan";
import type { PaymentPlan } from "../core/workflow/plans/plan-types";
import { proposePlan } from "../core/workflow/plans/propose-plan";
import { actionDeps, defineRoute, objectBody } from "./http";

defineRoute("plans-propose", { route: "plans", methods: ["POST"], successStatus: 201 }, async (ctx) => {
  const body = await objectBody(ctx);
  if (!body.ok) return body;
  return proposePlan(ctx.store, ctx.principal, body.value, actionDeps(ctx));
});

defineRoute("plans-get", { route: "plans/{id}", methods: ["GET"] }, async (ctx) => {
  const doc = await ctx.store.documents.get<PaymentPlan>(WF_DOC.plan, ctx.params.id ?? "");
  const client = doc ? await ctx.store.getClient(doc.body.clientId) : undefined;
  const mayRead = doc && client && (canSeeClient(ctx.principal, client) || doc.body.routedTo === ctx.principal.userId);
  return mayRead ? ok({ ...doc.body, etag: doc.etag }) : fail("NOT_FOUND", "no such plan");
});

defineRoute("plans-decide", { route: "plans/{id}/decision", methods: ["POST"] }, async (ctx) => {
  const body = await objectBody(ctx);
  if (!body.ok) return body;
  const b = body.value;
  return approvePlan(
    ctx.store,
    ctx.principal,
    ctx.params.id ?? "",
    { approve: b.approve, note: b.note, ...(typeof b.ifMatch === "string" ? { ifMatch: b.ifMatch } : {}) },
    actionDeps(ctx),
  );
});
