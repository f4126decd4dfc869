/**
 * Decisions on escalations (the same use cases the Teams card calls): decide an option, hold until a
 * date, reassign; and "my approvals", everything waiting for the caller. Exactly once: a second
 * decision answers 409 ALREADY_DECIDED with who decided and when.
 */
import { ok } from "../core/errors/codes";
import { decideEscalation } from "../core/workflow/decisions/decide-escalation";
import { holdUntil, reassignEscalation } from "../core/workflow/decisions/hold-and-reassign";
import { listMyApprovals } from "../core/workflow/decisions/my-approvals";
import { actionDeps, defineRoute, objectBody } from "./http";

const ifMatchOf = (b: Record<string, unknown>) => (typeof b.ifMatch === "string" ? { ifMatch: b.ifMatch } : {});

defineRoute("escalations-decide", { route: "escalations/{id}/decision", methods: ["POST"] }, async (ctx) => {
  const body = await objectBody(ctx);
  if (!body.ok) return body;
  const b = body.value;
  return decideEscalation(
    ctx.store,
    ctx.principal,
    ctx.params.id ?? "",
    { option: b.option, details: b.details, ...ifMatchOf(b) },
    actionDeps(ctx),
  );
});

defineRoute("escalations-hold", { route: "escalations/{id}/hold", methods: ["POST"] }, async (ctx) => {
  const body = await objectBody(ctx);
  if (!body.ok) return body;
  const b = body.value;
  return holdUntil(
    ctx.store,
    ctx.principal,
    ctx.params.id ?? "",
    { until: b.until, reason: b.reason, ...ifMatchOf(b) },
    actionDeps(ctx),
  );
});

defineRoute("escalations-reassign", { route: "escalations/{id}/reassign", methods: ["POST"] }, async (ctx) => {
  const body = await objectBody(ctx);
  if (!body.ok) return body;
  const b = body.value;
  return reassignEscalation(
    ctx.store,
    ctx.principal,
    ctx.params.id ?? "",
    { to: b.to, reason: b.reason, ...ifMatchOf(b) },
    actionDeps(ctx),
  );
});

defineRoute("approvals-mine", { route: "approvals", methods: ["GET"] }, async (ctx) =>
  ok(await listMyApprovals(ctx.store, ctx.principal)),
);
