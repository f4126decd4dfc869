/**
 * The collector's worklist: accounts ranked by expected cash at risk (balance × (1 − chance of
 * payment within 30 days)), each with its segment, the main reason, the next action and the
 * recommended escalation day. The manager sees every collector's list merged the same way.
 */
import type { IsoDate } from "../domain/types";
import type { AccountForecast } from "./accounts";
import type { EscalationRecommendation } from "./escalation";
import { DEFAULT_SEGMENT_POLICY, type Segment, type SegmentPolicy, segmentAccount } from "./segments";

/** Worklist key for clients without a collector. */
export const UNASSIGNED = "unassigned";

/** What the collector does next for each segment. */
export const NEXT_ACTIONS: Record<Segment, string> = {
  nudge: "Review and send the automated reminder",
  "collector-call": "Call the client's accounts-payable contact and log the outcome",
  "partner-intervention": "Ask the billing partner to contact the client",
  "payment-plan-candidate": "Propose a payment plan for the partner's approval",
  "write-off-review": "Put the account on the collections committee's write-off review",
};

export interface WorklistItem {
  clientId: string;
  collectorId: string;
  currency: string;
  cashAtRiskMinor: number;
  overdueBalanceMinor: number;
  pCollected30: number;
  segment: Segment;
  rule: string;
  reason: string;
  nextAction: string;
  escalation?: EscalationRecommendation;
}

function byRisk(a: WorklistItem, b: WorklistItem): number {
  return (
    b.cashAtRiskMinor - a.cashAtRiskMinor ||
    a.clientId.localeCompare(b.clientId) ||
    a.currency.localeCompare(b.currency)
  );
}

/**
 * One ranked list per collector (`collectorOf` from the client record; "unassigned" when none).
 * `escalationOf` adds the recommended escalation day when the caller has computed it.
 */
export function buildWorklists(
  accounts: readonly AccountForecast[],
  collectorOf: (clientId: string) => string | undefined,
  policy: SegmentPolicy = DEFAULT_SEGMENT_POLICY,
  escalationOf?: (account: AccountForecast) => EscalationRecommendation | undefined,
): Map<string, WorklistItem[]> {
  const lists = new Map<string, WorklistItem[]>();
  for (const account of accounts) {
    const decision = segmentAccount(account, policy);
    const collectorId = collectorOf(account.clientId) ?? UNASSIGNED;
    const escalation = escalationOf?.(account);
    const item: WorklistItem = {
      clientId: account.clientId,
      collectorId,
      currency: account.currency,
      cashAtRiskMinor: account.cashAtRiskMinor,
      overdueBalanceMinor: account.overdueBalanceMinor,
      pCollected30: account.pCollected30,
      segment: decision.segment,
      rule: decision.rule,
      reason: account.reasons.find((r) => r.direction === "raises risk")?.text ?? decision.rule,
      nextAction: NEXT_ACTIONS[decision.segment],
      ...(escalation ? { escalation } : {}),
    };
    const list = lists.get(collectorId);
    if (list) list.push(item);
    else lists.set(collectorId, [item]);
  }
  for (const list of lists.values()) list.sort(byRisk);
  return lists;
}

/** The manager's view: every collector's items in one ranking. */
export function managerView(worklists: ReadonlyMap<string, readonly WorklistItem[]>): WorklistItem[] {
  return [...worklists.values()].flat().sort(byRisk);
}

/** Escalation days due on or before `asOf`, for the daily "escalate today" list. */
export function escalationsDue(items: readonly WorklistItem[], asOf: IsoDate): WorklistItem[] {
  return items.filter((item) => item.escalation?.date !== undefined && item.escalation.date <= asOf);
}
