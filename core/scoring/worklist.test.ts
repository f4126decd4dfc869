import { describe, expect, it } from "vitest";
import type { AccountForecast } from "./accounts";
import { buildWorklists, escalationsDue, managerView } from "./worklist";

function account(clientId: string, change: Partial<AccountForecast>): AccountForecast {
  return {
    clientId,
    currency: "USD",
    openInvoices: 1,
    openBalanceMinor: 100_000,
    overdueBalanceMinor: 100_000,
    maxDaysPastDue: 10,
    pCollected30: 0.8,
    expectedCash7Minor: 0,
    expectedCash30Minor: 80_000,
    expectedCash60Minor: 90_000,
    cashAtRiskMinor: 20_000,
    historyCount: 10,
    promisesBroken: 0,
    disputed: false,
    confidence: "medium",
    reasons: [],
    ...change,
  };
}

const late = {
  feature: "recent_late_share",
  effect: 1.2,
  direction: "raises risk" as const,
  text: "paid 4 of the last 6 invoices late",
};
const accounts = [
  account("acme", { cashAtRiskMinor: 20_000 }),
  account("beta", { cashAtRiskMinor: 700_000, pCollected30: 0.2, reasons: [late] }),
  account("gamma", { cashAtRiskMinor: 50_000, pCollected30: 0.5 }),
  account("delta", { cashAtRiskMinor: 90_000, maxDaysPastDue: 250, pCollected30: 0.05 }),
];
const collectors: Record<string, string> = { acme: "ann", beta: "ann", gamma: "bob" };

describe("buildWorklists", () => {
  const lists = buildWorklists(
    accounts,
    (id) => collectors[id],
    undefined,
    (a) => (a.clientId === "beta" ? { date: "2024-06-01", rule: "probability", detail: "falls to 20%" } : undefined),
  );

  it("ranks each collector's accounts by cash at risk, with segment, reason and next action", () => {
    expect(lists.get("ann")!.map((i) => [i.clientId, i.segment, i.reason, i.nextAction])).toEqual([
      [
        "beta",
        "partner-intervention",
        "paid 4 of the last 6 invoices late",
        "Ask the billing partner to contact the client",
      ],
      [
        "acme",
        "nudge",
        "80% chance of collection in 30 days: a reminder should do",
        "Review and send the automated reminder",
      ],
    ]);
    expect(lists.get("bob")!.map((i) => [i.clientId, i.segment])).toEqual([["gamma", "collector-call"]]);
    expect(lists.get("unassigned")!.map((i) => [i.clientId, i.segment])).toEqual([["delta", "write-off-review"]]);
  });

  it("merges every list for the manager and lists the escalations due", () => {
    const all = managerView(lists);
    expect(all.map((i) => `${i.collectorId}:${i.clientId}`)).toEqual([
      "ann:beta",
      "unassigned:delta",
      "bob:gamma",
      "ann:acme",
    ]);
    expect(escalationsDue(all, "2024-06-01").map((i) => i.clientId)).toEqual(["beta"]);
    expect(escalationsDue(all, "2024-05-31")).toEqual([]);
  });
});
