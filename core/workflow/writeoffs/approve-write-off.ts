/**
 * Approve or reject a write-off request, once. Only the person it is routed to (or a manager above
 * them; the committee for committee requests) may decide, never the person who requested it, and
 * approving needs a limit covering the amount. The winner's approval credits the ledger and is audited; a second decision is told who
 * decided first.
 */
import { audit } from "../../actions/audit";
import type { ActionDeps } from "../../actions/documents";
import { ok, type Result } from "../../errors/codes";
import { formatMoney } from "../../money/money";
import type { Principal } from "../../ports/principal";
import type { TenantStore } from "../../ports/store.port";
import { type ApprovalInput, decideApproval } from "../decisions/decide-approval";
import { tellRequesterTheOutcome } from "../decisions/decision-tasks";
import { WF_DOC } from "../documents";
import { applyWriteOff } from "./apply-write-off";
import type { WriteOffRequest } from "./write-off-types";

export async function approveWriteOff(
  store: TenantStore,
  principal: Principal,
  id: string,
  input: ApprovalInput,
  deps: ActionDeps,
): Promise<Result<WriteOffRequest>> {
  const decided = await decideApproval<WriteOffRequest>(
    store,
    principal,
    {
      kind: WF_DOC.writeOff,
      id,
      openStatus: "pending",
      action: "write-off",
      amountMinor: (r) => r.amountMinor,
      requester: (r) => r.requestedBy,
    },
    input,
    deps,
    (body, decision) => ({ ...body, status: decision.approved ? "approved" : "rejected", decision }),
  );
  if (!decided.ok) return decided;
  const { approved, note } = decided.value;
  let request = decided.value.decided;
  if (approved) {
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
    summary: `Write-off of ${amount} ${approved ? "approved" : "rejected"} by ${principal.name}${note ? `: ${note}` : ""}`,
    invoiceIds: request.invoiceIds,
    data: {
      writeOffId: id,
      approved,
      amountMinor: request.amountMinor,
      ...(request.credits ? { credits: request.credits } : {}),
    },
  });
  await tellRequesterTheOutcome(store, principal, deps, {
    requestId: id,
    clientId: request.clientId,
    requestedBy: request.requestedBy,
    title: `Write-off of ${amount} ${approved ? "approved" : "rejected"} by ${principal.name}`,
    invoiceIds: request.invoiceIds,
    source: `write-off:${id}`,
  });
  return ok(request);
}
