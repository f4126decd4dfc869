/** Escalation requests to the billing partner, and their state and decision. */
import { DOC, type Escalation } from "../core/actions/documents";
import { requestEscalation } from "../core/actions/request-escalation";
import { fail, ok } from "../core/errors/codes";
import { canSeeRequest } from "../core/workflow/authority/request-visibility";
import { actionDeps, defineRoute, objectBody } from "./http";

defineRoute("escalations-create", { route: "escalations", methods: ["POST"], successStatus: 201 }, async (ctx) => {
  const body = await objectBody(ctx);
  if (!body.ok) return body;
  const result = await requestEscalation(
    ctx.store,
    ctx.principal,
    { clientId: body.value.clientId, reason: body.value.reason, requestedOption: body.value.requestedOption },
    actionDeps(ctx),
  );
  if (!result.ok) return result;
  // Best effort and idempotent: the card reaches the partner once; the escalation stands without Teams.
  await ctx.deps.bot?.notifier.escalationRequested(ctx.store, result.value.escalation);
  return result.value.created ? ok(result.value.escalation) : { status: 200, jsonBody: result.value.escalation };
});

defineRoute("escalations-get", { route: "escalations/{id}", methods: ["GET"] }, async (ctx) => {
  const doc = await ctx.store.documents.get<Escalation>(DOC.escalation, ctx.params.id ?? "");
  if (!doc) return fail("NOT_FOUND", "no such escalation");
  const mayRead = await canSeeRequest(ctx.store, ctx.principal, doc.body);
  return mayRead ? ok({ ...doc.body, etag: doc.etag }) : fail("NOT_FOUND", "no such escalation");
});
