import { describe, expect, it } from "vitest";
import { DEFAULT_SEGMENT_POLICY, segmentAccount } from "./segments";

const base = { pCollected30: 0.8, maxDaysPastDue: 5, overdueBalanceMinor: 100_000, promisesBroken: 0, disputed: false };

describe("segmentAccount with the default policy", () => {
  it.each([
    [{}, "nudge", "80% chance of collection in 30 days: a reminder should do"],
    [{ pCollected30: 0.5 }, "collector-call", "50% chance of collection in 30 days, below 60%"],
    [{ maxDaysPastDue: 35 }, "collector-call", "35 days past due, at or over the 30-day limit"],
    [{ pCollected30: 0.25 }, "partner-intervention", "25% chance of collection in 30 days, below 30%"],
    [{ maxDaysPastDue: 75 }, "partner-intervention", "75 days past due, at or over the 60-day limit"],
    [{ disputed: true }, "partner-intervention", "an invoice is in dispute"],
    [
      { promisesBroken: 2, overdueBalanceMinor: 900_000 },
      "payment-plan-candidate",
      "2 promises to pay broken on a large overdue balance",
    ],
    [
      { promisesBroken: 2, overdueBalanceMinor: 100_000 },
      "nudge",
      "80% chance of collection in 30 days: a reminder should do",
    ],
    [
      { maxDaysPastDue: 200, pCollected30: 0.05 },
      "write-off-review",
      "200 days past due with a 5% chance of collection in 30 days",
    ],
    [
      { maxDaysPastDue: 200, pCollected30: 0.5 },
      "partner-intervention",
      "200 days past due, at or over the 60-day limit",
    ],
  ])("%j → %s", (change, segment, rule) => expect(segmentAccount({ ...base, ...change })).toEqual({ segment, rule }));
});

describe("a firm's own thresholds", () => {
  it("moves the boundaries", () => {
    const policy = { ...DEFAULT_SEGMENT_POLICY, nudgeMinP30: 0.9, callAfterDaysPastDue: 3 };
    expect(segmentAccount(base, policy).segment).toBe("collector-call");
    expect(segmentAccount({ ...base, pCollected30: 0.95 }, policy)).toEqual({
      segment: "collector-call",
      rule: "5 days past due, at or over the 3-day limit",
    });
  });
});
