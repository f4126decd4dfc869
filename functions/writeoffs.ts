/** Write-off requests and their decisions under the delegated-authority matrix. */
import { listVisibleClients } from "../core/access/access";
import { ok } from "../core/errors/codes";
import { WF_DOC } from "../core/workflow/documents";
import { approveWriteOff } from "../core/workflow/writeoffs/approve-write-off";
import { requestWriteOff } from "../core/workflow/writeoffs/request-write-off";
import type { WriteOffRequest } from "../core/workflow/writeoffs/write-off-types";
import { actionDeps, defineRoute, objectBody } from "./http";

defineRoute("write-offs-request", { route: "write-offs", methods: ["POST"], successStatus: 201 }, async (ctx) => {
  const body = await objectBody(ctx);
  if (!body.ok) return body;
  const b = body.value;
  return requestWriteOff(
    ctx.store,
    ctx.principal,
    { clientId: b.clientId, amountMinor: b.amountMinor, reason: b.reason, invoiceIds: b.invoiceIds },
    actionDeps(ctx),
  );
});

defineRoute("write-offs-list", { route: "write-offs", methods: ["GET"] }, async (ctx) => {
  const status = ctx.query.get("status");
  const visible = new Set((await listVisibleClients(ctx.store, ctx.principal)).map((c) => c.id));
  const docs = await ctx.store.documents.list<WriteOffRequest>(WF_DOC.writeOff);
  return ok(
    docs
      .filter((d) => visible.has(d.body.clientId) || d.body.routedTo === ctx.principal.userId)
      .filter((d) => !status || d.body.status === status)
      .map((d) => ({ ...d.body, etag: d.etag })),
  );
});

defineRoute("write-offs-decide", { route: "write-offs/{id}/decision", methods: ["POST"] }, async (ctx) => {
  const body = await objectBody(ctx);
  if (!body.ok) return body;
  const b = body.value;
  return approveWriteOff(
    ctx.store,
    ctx.principal,
    ctx.params.id ?? "",
    { approve: b.approve, note: b.note, ...(typeof b.ifMatch === "string" ? { ifMatch: b.ifMatch } : {}) },
    actionDeps(ctx),
  );
});
