/**
 * Decisions on routed requests (escalations, payment plans, write-offs) share one guard: before
 * anything about the request is told (its state, who decided it, its amounts), the principal must
 * see it (else it is not found) and be one who may decide it (else forbidden); then the authority
 * check runs again inside the exactly-once write, against the document as it is when decided, so a
 * request re-routed or decided meanwhile is judged on what it is now.
 */
import type { User } from "../../domain/types";
import { fail, ok, type Result } from "../../errors/codes";
import type { Principal } from "../../ports/principal";
import type { StoredDocument, TenantStore } from "../../ports/store.port";
import { checkAuthority, maySeeRequest } from "../authority/authority";
import type { ApprovalAction, AuthorityConfig } from "../config/types";
import { type Decidable, decideOnce } from "./decide-once";

/** What a decision commits the firm to; the decider's own limit for `action` must cover it. */
export interface CommittedAmount {
  amountMinor: number;
  currency: string;
  action: ApprovalAction;
}

export interface DecisionAuthority<T> {
  user: Pick<User, "roles" | "approvalLimitMinor"> | undefined;
  config: AuthorityConfig;
  /** Who asked, when the four-eyes rule applies: they may not decide it themselves. */
  requester?: (body: T) => string | undefined;
}

/**
 * Loads a routed request for a decision, telling nothing about it until the principal is known to
 * see it (`NOT_FOUND` otherwise, as for a missing one) and to be one who may decide it (`FORBIDDEN`:
 * not the routed person, a manager above them or a committee member; or it is their own request).
 * Its state, amounts and the decider's limit are for the caller to check next.
 */
export async function loadForDecision<T extends Decidable & { routedTo: string }>(
  store: TenantStore,
  principal: Principal,
  target: { kind: string; id: string },
  authority: DecisionAuthority<T>,
): Promise<Result<StoredDocument<T>>> {
  const doc = await store.documents.get<T>(target.kind, target.id);
  const client = doc ? await store.getClient(doc.body.clientId) : undefined;
  if (!doc || !maySeeRequest(principal, client, doc.body, authority.config))
    return fail("NOT_FOUND", `no ${target.kind} ${target.id}`);
  const requester = authority.requester?.(doc.body);
  const granted = checkAuthority(
    principal,
    authority.user,
    { routedTo: doc.body.routedTo, ...(requester !== undefined ? { requester } : {}) },
    authority.config,
  );
  return granted.ok ? ok(doc) : granted;
}

/**
 * Decides a routed request once. Only the person it is routed to, a manager above them, or (for the
 * committee) a committee member may decide, and never the person who asked (when `requester` names
 * them); a decision that commits an amount also needs the decider's limit to cover it. `ifMatch`
 * (the etag the person saw) is checked only when given.
 */
export async function decideWithAuthority<T extends Decidable & { routedTo: string }>(
  store: TenantStore,
  principal: Principal,
  target: { kind: string; id: string; openStatus: string; ifMatch?: string | undefined },
  authority: DecisionAuthority<T> & { commits: (body: T) => CommittedAmount | undefined },
  decide: (body: T, granted: { asCommittee: boolean }) => T,
): Promise<Result<{ before: StoredDocument<T>; after: StoredDocument<T> }>> {
  const allowed = await loadForDecision<T>(store, principal, target, authority);
  if (!allowed.ok) return allowed;
  return decideOnce<T>(
    store,
    {
      kind: target.kind,
      id: target.id,
      openStatus: target.openStatus,
      actorId: principal.userId,
      ...(target.ifMatch ? { ifMatch: target.ifMatch } : {}),
    },
    async ({ body }) => {
      const amount = authority.commits(body);
      const requester = authority.requester?.(body);
      const granted = checkAuthority(
        principal,
        authority.user,
        {
          routedTo: body.routedTo,
          ...(requester !== undefined ? { requester } : {}),
          ...(amount ? { amountMinor: amount.amountMinor, currency: amount.currency, action: amount.action } : {}),
        },
        authority.config,
      );
      if (!granted.ok) return granted;
      return ok(decide(body, granted.value));
    },
  );
}
