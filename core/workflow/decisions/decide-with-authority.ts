/**
 * Decisions on routed requests (escalations, payment plans, write-offs) share one guard: the
 * authority check runs inside the exactly-once write, against the document as it is when decided,
 * so a request re-routed or decided meanwhile is judged on what it is now.
 */
import type { User } from "../../domain/types";
import { ok, type Result } from "../../errors/codes";
import type { Principal } from "../../ports/principal";
import type { StoredDocument, TenantStore } from "../../ports/store.port";
import { checkAuthority } from "../authority/authority";
import type { ApprovalAction, AuthorityConfig } from "../config/types";
import { type Decidable, decideOnce } from "./decide-once";

/** What a decision commits the firm to; the decider's own limit for `action` must cover it. */
export interface CommittedAmount {
  amountMinor: number;
  currency: string;
  action: ApprovalAction;
}

/**
 * Decides a routed request once. Only the person it is routed to, a manager above them, or (for the
 * committee) a committee member may decide; a decision that commits an amount also needs the
 * decider's limit to cover it. `ifMatch` (the etag the person saw) is checked only when given.
 */
export function decideWithAuthority<T extends Decidable & { routedTo: string }>(
  store: TenantStore,
  principal: Principal,
  target: { kind: string; id: string; openStatus: string; ifMatch?: string | undefined },
  authority: {
    user: Pick<User, "roles" | "approvalLimitMinor"> | undefined;
    config: AuthorityConfig;
    commits: (body: T) => CommittedAmount | undefined;
  },
  decide: (body: T, granted: { asCommittee: boolean }) => T,
): Promise<Result<{ before: StoredDocument<T>; after: StoredDocument<T> }>> {
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
      const granted = checkAuthority(
        principal,
        authority.user,
        {
          routedTo: body.routedTo,
          ...(amount ? { amountMinor: amount.amountMinor, currency: amount.currency, action: amount.action } : {}),
        },
        authority.config,
      );
      if (!granted.ok) return granted;
      return ok(decide(body, granted.value));
    },
  );
}
