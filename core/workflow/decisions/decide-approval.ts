/**
 * Approving or rejecting a request routed under the authority matrix (a payment plan, a write-off):
 * the same input, the same decision record and the same authority rule for every kind of request,
 * four eyes included: the person who asked never decides their own request.
 */
import type { ActionDeps } from "../../actions/documents";
import { optionalText } from "../../actions/validate";
import type { IsoInstant } from "../../domain/types";
import { fail, ok, type Result } from "../../errors/codes";
import type { Principal } from "../../ports/principal";
import type { StoredDocument, TenantStore } from "../../ports/store.port";
import { loadWorkflowConfig } from "../config/config-store";
import type { ApprovalAction } from "../config/types";
import type { Decidable } from "./decide-once";
import { decideWithAuthority, loadForDecision } from "./decide-with-authority";

/** Which request is decided, and how to read its amount and its requester. */
export interface ApprovalRequestSpec<T> {
  kind: string;
  id: string;
  openStatus: string;
  action: ApprovalAction;
  amountMinor: (body: T) => number;
  /** Who asked for it (they may not decide it: four eyes). */
  requester: (body: T) => string;
}

export interface ApprovalInput {
  approve: unknown;
  note?: unknown;
  ifMatch?: string;
}

export interface ApprovalDecision {
  approved: boolean;
  decidedBy: string;
  decidedByName: string;
  decidedAt: IsoInstant;
  asCommittee: boolean;
  note?: string;
}

/**
 * Loads a request for its approver before anything about it is told: `NOT_FOUND` to whoever may not
 * see it, `FORBIDDEN` to whoever may not decide it (its requester included). For use cases that read
 * the request before deciding it (changed plan terms); `decideApproval` checks the same itself.
 */
export async function loadForApproval<T extends Decidable & { routedTo: string }>(
  store: TenantStore,
  principal: Principal,
  request: Pick<ApprovalRequestSpec<T>, "kind" | "id" | "requester">,
): Promise<Result<StoredDocument<T>>> {
  const [{ config }, user] = await Promise.all([loadWorkflowConfig(store), store.getUser(principal.userId)]);
  return loadForDecision<T>(
    store,
    principal,
    { kind: request.kind, id: request.id },
    { user, config: config.authority, requester: request.requester },
  );
}

/**
 * Approves or rejects a routed request once. `approve` must be true or false; the note is optional
 * (at most 1,000 characters). Rejecting needs only the right to decide the request (never the
 * requester's own); approving also needs the decider's limit for `action` to cover the request's amount.
 */
export async function decideApproval<T extends Decidable & { routedTo: string; currency: string }>(
  store: TenantStore,
  principal: Principal,
  request: ApprovalRequestSpec<T>,
  input: ApprovalInput,
  deps: ActionDeps,
  decide: (body: T, decision: ApprovalDecision) => T,
): Promise<Result<{ approved: boolean; note: string | undefined; decided: T }>> {
  if (typeof input.approve !== "boolean") return fail("VALIDATION", "approve must be true or false");
  const approved = input.approve;
  const note = optionalText(input.note, 1000);
  const { config } = await loadWorkflowConfig(store);
  const user = await store.getUser(principal.userId);
  const result = await decideWithAuthority<T>(
    store,
    principal,
    { kind: request.kind, id: request.id, openStatus: request.openStatus, ifMatch: input.ifMatch },
    {
      user,
      config: config.authority,
      requester: request.requester,
      commits: (body) =>
        approved
          ? { amountMinor: request.amountMinor(body), currency: body.currency, action: request.action }
          : undefined,
    },
    (body, { asCommittee }) =>
      decide(body, {
        approved,
        decidedBy: principal.userId,
        decidedByName: principal.name,
        decidedAt: deps.now,
        asCommittee,
        ...(note ? { note } : {}),
      }),
  );
  if (!result.ok) return result;
  return ok({ approved, note, decided: result.value.after.body });
}
