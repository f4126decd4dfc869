/**
 * The delegated-authority matrix. For each action (payment plan, write-off) and role, the firm sets
 * the most one person may approve alone; a user's personal `approvalLimitMinor` can only lower it.
 * A request goes to the client's billing partner when within their limit, else to the manager with
 * the smallest sufficient limit, else to the billing & collections committee.
 *
 * Four eyes: nobody decides a request they made themselves. Routing skips the requester (a partner's
 * own request goes to a manager), and the decision is refused to them wherever it arrives.
 */
import { canSeeClient } from "../../access/access";
import type { Client, Role, User } from "../../domain/types";
import { fail, ok, type Result } from "../../errors/codes";
import { formatMoney } from "../../money/money";
import { hasRole, type Principal } from "../../ports/principal";
import type { ApprovalAction, AuthorityConfig } from "../config/types";

export type ApprovalLevel = "partner" | "manager" | "committee";
export const COMMITTEE = "committee";

/** Most `user` may approve alone: `-1` = may not approve this action at all, `Infinity` = no limit. */
export function approvalLimit(
  user: Pick<User, "roles" | "approvalLimitMinor">,
  action: ApprovalAction,
  config: AuthorityConfig,
): number {
  const limits = config.limits[action];
  let roleLimit = -1;
  for (const role of user.roles as Role[]) {
    const value = limits[role];
    if (value === undefined) continue;
    roleLimit = Math.max(roleLimit, value === null ? Number.POSITIVE_INFINITY : value);
  }
  if (roleLimit < 0) return -1;
  return user.approvalLimitMinor === undefined ? roleLimit : Math.min(roleLimit, user.approvalLimitMinor);
}

/**
 * Who decides a request for `amountMinor`: the billing partner within their limit, else the manager
 * with the smallest sufficient limit, else the committee. `requester` (who asks) is never chosen.
 */
export function routeApproval(
  amountMinor: number,
  action: ApprovalAction,
  client: Pick<Client, "billingPartnerId">,
  users: User[],
  config: AuthorityConfig,
  requester?: string,
): { routedTo: string; level: ApprovalLevel } {
  const partner = users.find((u) => u.id === client.billingPartnerId && u.id !== requester);
  if (partner && amountMinor <= approvalLimit(partner, action, config))
    return { routedTo: partner.id, level: "partner" };
  const manager = users
    .filter((u) => u.roles.includes("manager") && u.id !== requester)
    .map((u) => ({ u, limit: approvalLimit(u, action, config) }))
    .filter((m) => amountMinor <= m.limit)
    .sort((a, b) => a.limit - b.limit || (a.u.id < b.u.id ? -1 : 1))[0];
  return manager ? { routedTo: manager.u.id, level: "manager" } : { routedTo: COMMITTEE, level: "committee" };
}

export function isCommitteeMember(principal: Principal, config: AuthorityConfig): boolean {
  return config.committeeIds.length ? config.committeeIds.includes(principal.userId) : hasRole(principal, "manager");
}

/**
 * May `principal` see a request routed under the matrix (an escalation, a payment plan, a write-off)
 * on `client`? Whoever sees the client, the person it is routed to, and whoever may decide it (a
 * manager above them sees the whole firm; for the committee, its members). Every host (API, bot
 * card) asks this one question before showing a request or telling anything about it.
 */
export function maySeeRequest(
  principal: Principal,
  client: Pick<Client, "collectorId" | "billingPartnerId"> | undefined,
  request: { routedTo: string },
  config: AuthorityConfig,
): boolean {
  if (client && canSeeClient(principal, client)) return true;
  if (request.routedTo === principal.userId) return true;
  return request.routedTo === COMMITTEE && isCommitteeMember(principal, config);
}

/**
 * May `principal` decide a request routed to `routedTo`? The routed person, anyone above them (a
 * manager), or for the committee a committee member; never the `requester` (four eyes). With an
 * amount, their own limit must cover it (the committee has no limit).
 */
export function checkAuthority(
  principal: Principal,
  user: Pick<User, "roles" | "approvalLimitMinor"> | undefined,
  request: { routedTo: string; requester?: string; amountMinor?: number; currency?: string; action?: ApprovalAction },
  config: AuthorityConfig,
): Result<{ asCommittee: boolean }> {
  if (request.requester !== undefined && request.requester === principal.userId)
    return fail("FORBIDDEN", "you made this request yourself; someone else must decide it (four-eyes rule)");
  if (request.routedTo === COMMITTEE) {
    return isCommitteeMember(principal, config)
      ? ok({ asCommittee: true })
      : fail("FORBIDDEN", "only the billing & collections committee may decide this");
  }
  if (principal.userId !== request.routedTo && !hasRole(principal, "manager"))
    return fail("FORBIDDEN", `only ${request.routedTo} or a manager may decide this`);
  if (request.amountMinor !== undefined && request.action) {
    const limit = user ? approvalLimit(user, request.action, config) : -1;
    if (request.amountMinor > limit) {
      const shown = limit < 0 ? "no authority" : `a limit of ${formatMoney(limit, request.currency ?? "USD")}`;
      return fail(
        "OVER_AUTHORITY",
        `${formatMoney(request.amountMinor, request.currency ?? "USD")} is above your approval authority (${shown})`,
      );
    }
  }
  return ok({ asCommittee: false });
}
