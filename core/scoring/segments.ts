/**
 * Which treatment an account needs, by the firm's own thresholds: an automated nudge, a collector's
 * call, the billing partner, a payment plan, or the write-off review. The first rule that matches
 * wins, from the most serious down, and the rule is reported with the account's numbers.
 */
import type { AccountForecast } from "./accounts";

export type Segment =
  | "nudge"
  | "collector-call"
  | "partner-intervention"
  | "payment-plan-candidate"
  | "write-off-review";

export interface SegmentPolicy {
  /** At or above this chance of collection in 30 days, an automated reminder is enough. */
  nudgeMinP30: number;
  /** Below this chance, the billing partner should step in. */
  partnerBelowP30: number;
  /** Days past due after which a collector calls, whatever the score. */
  callAfterDaysPastDue: number;
  /** Days past due after which the partner steps in, whatever the score (also the escalation day limit). */
  partnerAfterDaysPastDue: number;
  /** Overdue balance (minor units) from which a payment plan is worth offering… */
  planMinOverdueMinor: number;
  /** …once the client has broken this many promises to pay. */
  planMinBrokenPromises: number;
  /** Days past due and chance below which the account goes to the write-off review. */
  writeOffAfterDaysPastDue: number;
  writeOffBelowP30: number;
}

export const DEFAULT_SEGMENT_POLICY: SegmentPolicy = {
  nudgeMinP30: 0.6,
  partnerBelowP30: 0.3,
  callAfterDaysPastDue: 30,
  partnerAfterDaysPastDue: 60,
  planMinOverdueMinor: 500_000,
  planMinBrokenPromises: 2,
  writeOffAfterDaysPastDue: 180,
  writeOffBelowP30: 0.1,
};

export interface SegmentDecision {
  segment: Segment;
  /** The rule that fired, with the numbers. */
  rule: string;
}

const pct = (p: number) => `${Math.round(100 * p)}%`;

type AccountFacts = Pick<
  AccountForecast,
  "pCollected30" | "maxDaysPastDue" | "overdueBalanceMinor" | "promisesBroken" | "disputed"
>;

/** Segments one account under a firm's policy (defaults when none is given). */
export function segmentAccount(account: AccountFacts, policy: SegmentPolicy = DEFAULT_SEGMENT_POLICY): SegmentDecision {
  const p = account.pCollected30;
  const days = account.maxDaysPastDue;
  if (days >= policy.writeOffAfterDaysPastDue && p < policy.writeOffBelowP30) {
    return {
      segment: "write-off-review",
      rule: `${days} days past due with a ${pct(p)} chance of collection in 30 days`,
    };
  }
  if (
    account.overdueBalanceMinor >= policy.planMinOverdueMinor &&
    account.promisesBroken >= policy.planMinBrokenPromises
  ) {
    return {
      segment: "payment-plan-candidate",
      rule: `${account.promisesBroken} promises to pay broken on a large overdue balance`,
    };
  }
  if (account.disputed) return { segment: "partner-intervention", rule: "an invoice is in dispute" };
  if (p < policy.partnerBelowP30) {
    return {
      segment: "partner-intervention",
      rule: `${pct(p)} chance of collection in 30 days, below ${pct(policy.partnerBelowP30)}`,
    };
  }
  if (days >= policy.partnerAfterDaysPastDue) {
    return {
      segment: "partner-intervention",
      rule: `${days} days past due, at or over the ${policy.partnerAfterDaysPastDue}-day limit`,
    };
  }
  if (p < policy.nudgeMinP30) {
    return {
      segment: "collector-call",
      rule: `${pct(p)} chance of collection in 30 days, below ${pct(policy.nudgeMinP30)}`,
    };
  }
  if (days >= policy.callAfterDaysPastDue) {
    return {
      segment: "collector-call",
      rule: `${days} days past due, at or over the ${policy.callAfterDaysPastDue}-day limit`,
    };
  }
  return { segment: "nudge", rule: `${pct(p)} chance of collection in 30 days: a reminder should do` };
}
