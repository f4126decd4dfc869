/**
 * Payment plans: a collector proposes, the authority matrix routes, the approver decides once (as
 * proposed, with changed terms, or not). The decider gets a Teams card when the plan is proposed;
 * a decision taken here refreshes that card and tells the specialist, as one taken on the card does.
 */
import { fail, ok, type Result } from "../core/errors/codes";
import { canSeeRequest } from "../core/workflow/authority/request-visibility";
import { WF_DOC } from "../core/workflow/documents";
import { approvePlan } from "../core/workflow/plans/approve-plan";
import type { PaymentPlan } from "../core/workflow/plans/plan-types";
import { proposePlan } from "../core/workflow/plans/propose-plan";
import { actionDeps, defineRoute, objectBody, type RouteContext } from "./http";

/** Best effort and idempotent (keyed by the plan id): the plan stands, and stays in "my approvals", without Teams. */
async function toTeams(
  ctx: RouteContext,
  result: Result<PaymentPlan>,
  event: "requestProposed" | "requestChanged",
): Promise<Result<PaymentPlan>> {
  if (result.ok) await ctx.deps.bot?.requests[event](ctx.store, { kind: "plan", id: result.value.id });
  return result;
}

defineRoute("plans-propose", { route: "plans", methods: ["POST"], successStatus: 201 }, async (ctx) => {
  const body = await objectBody(ctx);
  if (!body.ok) return body;
  return toTeams(ctx, await proposePlan(ctx.store, ctx.principal, body.value, actionDeps(ctx)), "requestProposed");
});

defineRoute("plans-get", { route: "plans/{id}", methods: ["GET"] }, async (ctx) => {
  const doc = await ctx.store.documents.get<PaymentPlan>(WF_DOC.plan, ctx.params.id ?? "");
  const mayRead = doc && (await canSeeRequest(ctx.store, ctx.principal, doc.body));
  return mayRead ? ok({ ...doc.body, etag: doc.etag }) : fail("NOT_FOUND", "no such plan");
});

defineRoute("plans-decide", { route: "plans/{id}/decision", methods: ["POST"] }, async (ctx) => {
  const body = await objectBody(ctx);
  if (!body.ok) return body;
  const b = body.value;
  const decided = await approvePlan(
    ctx.store,
    ctx.principal,
    ctx.params.id ?? "",
    {
      approve: b.approve,
      note: b.note,
      ...(b.terms !== undefined ? { terms: b.terms } : {}),
      ...(typeof b.ifMatch === "string" ? { ifMatch: b.ifMatch } : {}),
    },
    actionDeps(ctx),
  );
  return toTeams(ctx, decided, "requestChanged");
});
