/**
 * Write-off requests and their decisions under the delegated-authority matrix. The decider gets a
 * Teams card when a write-off is requested; a decision taken here refreshes that card and tells the
 * specialist, as one taken on the card does.
 */
import { listVisibleClients } from "../core/access/access";
import { ok, type Result } from "../core/errors/codes";
import { maySeeRequest } from "../core/workflow/authority/authority";
import { loadWorkflowConfig } from "../core/workflow/config/config-store";
import { WF_DOC } from "../core/workflow/documents";
import { approveWriteOff } from "../core/workflow/writeoffs/approve-write-off";
import { requestWriteOff } from "../core/workflow/writeoffs/request-write-off";
import type { WriteOffRequest } from "../core/workflow/writeoffs/write-off-types";
import { actionDeps, defineRoute, objectBody, type RouteContext } from "./http";

/** Best effort and idempotent (keyed by the request id): the request stands, and stays in "my approvals", without Teams. */
async function toTeams(
  ctx: RouteContext,
  result: Result<WriteOffRequest>,
  event: "requestProposed" | "requestChanged",
): Promise<Result<WriteOffRequest>> {
  if (result.ok) await ctx.deps.bot?.requests[event](ctx.store, { kind: "write-off", id: result.value.id });
  return result;
}

defineRoute("write-offs-request", { route: "write-offs", methods: ["POST"], successStatus: 201 }, async (ctx) => {
  const body = await objectBody(ctx);
  if (!body.ok) return body;
  const b = body.value;
  const requested = await requestWriteOff(
    ctx.store,
    ctx.principal,
    { clientId: b.clientId, amountMinor: b.amountMinor, reason: b.reason, invoiceIds: b.invoiceIds },
    actionDeps(ctx),
  );
  return toTeams(ctx, requested, "requestProposed");
});

defineRoute("write-offs-list", { route: "write-offs", methods: ["GET"] }, async (ctx) => {
  const status = ctx.query.get("status");
  const [clients, { config }, docs] = await Promise.all([
    listVisibleClients(ctx.store, ctx.principal),
    loadWorkflowConfig(ctx.store),
    ctx.store.documents.list<WriteOffRequest>(WF_DOC.writeOff),
  ]);
  const visible = new Map(clients.map((c) => [c.id, c]));
  return ok(
    docs
      .filter((d) => maySeeRequest(ctx.principal, visible.get(d.body.clientId), d.body, config.authority))
      .filter((d) => !status || d.body.status === status)
      .map((d) => ({ ...d.body, etag: d.etag })),
  );
});

defineRoute("write-offs-decide", { route: "write-offs/{id}/decision", methods: ["POST"] }, async (ctx) => {
  const body = await objectBody(ctx);
  if (!body.ok) return body;
  const b = body.value;
  const decided = await approveWriteOff(
    ctx.store,
    ctx.principal,
    ctx.params.id ?? "",
    { approve: b.approve, note: b.note, ...(typeof b.ifMatch === "string" ? { ifMatch: b.ifMatch } : {}) },
    actionDeps(ctx),
  );
  return toTeams(ctx, decided, "requestChanged");
});
