/**
 * Approve or reject a write-off request, once. Only the person it is routed to (or a manager above
 * them; the committee for committee requests) may decide, and approving needs a limit covering the
 * amount. The winner's approval credits the ledger and is audited; a second decision is told who
 * decided first.
 */
import { audit } from "../../actions/audit";
import type { ActionDeps } from "../../actions/documents";
import { fail, ok, type Result } from "../../errors/codes";
import { formatMoney } from "../../money/money";
import type { Principal } from "../../ports/principal";
import type { TenantStore } from "../../ports/store.port";
import { checkAuthority } from "../authority/authority";
import { loadWorkflowConfig } from "../config/config-store";
import { decideOnce } from "../decisions/decide-once";
import { WF_DOC } from "../documents";
import { createTask } from "../tasks";
import { applyWriteOff } from "./apply-write-off";
import type { WriteOffRequest } from "./write-off-types";

export async function approveWriteOff(
  store: TenantStore,
  principal: Principal,
  id: string,
  input: { approve: unknown; note?: unknown; ifMatch?: string },
  deps: ActionDeps,
): Promise<Result<WriteOffRequest>> {
  if (typeof input.approve !== "boolean") return fail("VALIDATION", "approve must be true or false");
  const approve = input.approve;
  const note = typeof input.note === "string" && input.note.trim() ? input.note.trim().slice(0, 1000) : undefined;
  const { config } = await loadWorkflowConfig(store);
  const user = await store.getUser(principal.userId);
  const decided = await decideOnce<WriteOffRequest>(
    store,
    {
      kind: WF_DOC.writeOff,
      id,
      openStatus: "pending",
      actorId: principal.userId,
      ...(input.ifMatch ? { ifMatch: input.ifMatch } : {}),
    },
    async ({ body }) => {
      const authority = checkAuthority(
        principal,
        user,
        approve
          ? { routedTo: body.routedTo, amountMinor: body.amountMinor, currency: body.currency, action: "write-off" }
          : { routedTo: body.routedTo },
        config.authority,
      );
      if (!authority.ok) return authority;
      return ok({
        ...body,
        status: approve ? "approved" : "rejected",
        decision: {
          approved: approve,
          decidedBy: principal.userId,
          decidedByName: principal.name,
          decidedAt: deps.now,
          asCommittee: authority.value.asCommittee,
          ...(note ? { note } : {}),
        },
      });
    },
  );
  if (!decided.ok) return decided;
  let request = decided.value.after.body;
  if (approve) {
    const credits = await applyWriteOff(store, request, principal.userId, deps.asOf);
    request = { ...request, credits };
    await store.documents.upsert(WF_DOC.writeOff, id, request, {
      actorId: principal.userId,
      clientId: request.clientId,
    });
  }
  const amount = formatMoney(request.amountMinor, request.currency);
  await audit(store, principal, deps, {
    clientId: request.clientId,
    kind: "decision",
    summary: `Write-off of ${amount} ${approve ? "approved" : "rejected"} by ${principal.name}${note ? `: ${note}` : ""}`,
    invoiceIds: request.invoiceIds,
    data: {
      writeOffId: id,
      approved: approve,
      amountMinor: request.amountMinor,
      ...(request.credits ? { credits: request.credits } : {}),
    },
  });
  await createTask(
    store,
    {
      id: `${id}|decided`,
      clientId: request.clientId,
      kind: "escalation-decided",
      assignedTo: request.requestedBy,
      title: `Write-off of ${amount} ${approve ? "approved" : "rejected"} by ${principal.name}`,
      dueDate: deps.asOf,
      invoiceIds: request.invoiceIds,
      source: `write-off:${id}`,
      createdAt: deps.now,
    },
    principal.userId,
  );
  return ok(request);
}
