/**
 * Who may do what with a draft the engine made: the one rule. `PATCH /drafts/{id}` enforces it and
 * `GET /drafts` answers it per draft (`mayApprove`, `maySend`), so a host never works it out itself.
 *
 * - Approving is for a manager or the client's billing partner, and only while a draft that needs
 *   approval waits for it.
 * - Marking sent waits for that approval, unless the person is one who could give it.
 * - Anyone who may see the client may discard a waiting draft.
 */
import type { Client } from "../../domain/types";
import { hasRole, type Principal } from "../../ports/principal";
import type { WorkflowDraft } from "../documents";

/** A manager, or the client's billing partner: who approves partner letters and final demands. */
export function isDraftApprover(principal: Principal, client: Pick<Client, "billingPartnerId">): boolean {
  return hasRole(principal, "manager") || client.billingPartnerId === principal.userId;
}

export interface DraftPermissions {
  /** The draft waits for an approval this person may give. */
  mayApprove: boolean;
  /** The draft waits, and needs no approval, has it, or this person could give it. */
  maySend: boolean;
  mayDiscard: boolean;
}

export function draftPermissions(
  principal: Principal,
  client: Pick<Client, "billingPartnerId">,
  draft: Pick<WorkflowDraft, "status" | "needsApproval" | "approvedBy">,
): DraftPermissions {
  const waiting = draft.status === "awaiting-review";
  const approver = isDraftApprover(principal, client);
  const awaitsApproval = draft.needsApproval && !draft.approvedBy;
  return {
    mayApprove: waiting && awaitsApproval && approver,
    maySend: waiting && (!awaitsApproval || approver),
    mayDiscard: waiting,
  };
}
