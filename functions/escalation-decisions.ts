/**
 * Decisions on escalations (the same use cases the Teams card calls): decide an option, hold until a
 * date, reassign; and "my approvals", everything waiting for the caller. Exactly once: a second
 * decision answers 409 ALREADY_DECIDED with who decided and when.
 */
import { ok } from "../core/errors/codes";
import { decideEscalation } from "../core/workflow/decisions/decide-escalation";
import { holdUntil, reassignEscalation } from "../core/workflow/decisions/hold-and-reassign";
import { listMyApprovals } from "../core/workflow/decisions/my-approvals";
import type { Escalation } from "../core/actions/documents";
import type { Result } from "../core/errors/codes";
import { actionDeps, defineRoute, objectBody, type RouteContext } from "./http";

/** A decision taken here (not on the card) still refreshes every Teams card and tells the specialist. */
async function notifyTeams<T extends { escalation: Escalation } | Escalation>(
  ctx: RouteContext,
  result: Result<T>,
): Promise<Result<T>> {
  if (result.ok) {
    const escalation = "escalation" in result.value ? result.value.escalation : result.value;
    await ctx.deps.bot?.notifier.escalationChanged(ctx.store, escalation as Escalation);
  }
  return result;
}

const ifMatchOf = (b: Record<string, unknown>) => (typeof b.ifMatch === "string" ? { ifMatch: b.ifMatch } : {});

defineRoute("escalations-decide", { route: "escalations/{id}/decision", methods: ["POST"] }, async (ctx) => {
  const body = await objectBody(ctx);
  if (!body.ok) return body;
  const b = body.value;
  return notifyTeams(
    ctx,
    await decideEscalation(
      ctx.store,
      ctx.principal,
      ctx.params.id ?? "",
      { option: b.option, details: b.details, ...ifMatchOf(b) },
      actionDeps(ctx),
    ),
  );
});

defineRoute("escalations-hold", { route: "escalations/{id}/hold", methods: ["POST"] }, async (ctx) => {
  const body = await objectBody(ctx);
  if (!body.ok) return body;
  const b = body.value;
  return notifyTeams(
    ctx,
    await holdUntil(
      ctx.store,
      ctx.principal,
      ctx.params.id ?? "",
      { until: b.until, reason: b.reason, ...ifMatchOf(b) },
      actionDeps(ctx),
    ),
  );
});

defineRoute("escalations-reassign", { route: "escalations/{id}/reassign", methods: ["POST"] }, async (ctx) => {
  const body = await objectBody(ctx);
  if (!body.ok) return body;
  const b = body.value;
  return notifyTeams(
    ctx,
    await reassignEscalation(
      ctx.store,
      ctx.principal,
      ctx.params.id ?? "",
      { to: b.to, reason: b.reason, ...ifMatchOf(b) },
      actionDeps(ctx),
    ),
  );
});

defineRoute("approvals-mine", { route: "approvals", methods: ["GET"] }, async (ctx) =>
  ok(await listMyApprovals(ctx.store, ctx.principal)),
);
