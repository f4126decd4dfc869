import { describe, expect, it } from "vitest";
import { dayOf } from "./day";
import { computeHistory } from "./history";
import { toLedger } from "./ledger";
import type { LinearModel } from "./linear-model";
import { REASON_TEXTS, type ReasonFacts, counted } from "./reason-texts";
import { topReasons } from "./reasons";
import { toSignals } from "./signals";
import { interaction, invoice } from "./testing/fixtures";

// acme paid 4 of its last 6 invoices late (by 5, 25, 30 and 40 days); invoice "new" is issued 2024-06-01.
const paidLate = [0, 5, 25, 0, 30, 40];
const invoices = [
  ...paidLate
    .map((_, i) =>
      invoice({
        number: `p${i}`,
        issued: `2024-0${1 + Math.floor(i / 2)}-0${1 + (i % 2) * 5}`,
        terms: 30,
        amount: 200_000,
      }),
    )
    .map((inv, i) => ({
      ...inv,
      status: "paid" as const,
      balanceMinor: 0,
      paidDate: addDaysIso(inv.dueDate, paidLate[i]!),
    })),
  invoice({ number: "rej1", issued: "2024-05-01", ebilling: "rejected", delivery: "portal" }),
  invoice({ number: "rej2", issued: "2024-05-02", ebilling: "rejected", delivery: "portal" }),
  invoice({ number: "new", issued: "2024-06-01", amount: 600_000, delivery: "paper" }),
];
const activity = [
  interaction("promise", "2024-04-25", { invoices: ["acme|p5"], data: { promisedDate: "2024-05-02" } }),
  interaction("email-sent", "2024-05-20"),
  interaction("dispute", "2024-05-10"),
];

function addDaysIso(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const ledger = toLedger(invoices);
const signals = toSignals(ledger, invoices, activity);
const row = ledger.rowOf[invoices.length - 1]!;
const history = computeHistory(ledger, signals, Int32Array.from([row]), Int32Array.from([dayOf("2024-06-01")]));
const facts: ReasonFacts = {
  ledger,
  history,
  k: 0,
  row,
  day: dayOf("2024-06-01"),
  currency: "USD",
  state: { expectedDays: 47.4, expectedDaysIfDisputed: 60, disputeChance: 0.1, spread: 1 },
};

describe("reason texts use the client's real numbers", () => {
  it.each([
    ["recent_late_share", "paid 4 of the last 6 invoices late, on average 25 days after the due date"],
    ["late_share", "paid 4 of 6 past invoices after the due date"],
    ["rejected_ebills", "two invoices rejected on the client's e-billing portal"],
    ["promises_broken", "a promise to pay was broken on 3 May 2024"],
    ["pace_late", "usually pays about 47 days after the invoice date, on 30-day terms"],
    ["amount_vs_usual", "3.4 times the client's usual invoice of $1,750.00"],
    ["log_amount", "an invoice of $6,000.00"],
    ["paper", "sent on paper"],
    ["open_count", "two other invoices still open"],
    ["reminders_90d", "one reminder sent in the last 90 days"],
    ["disputes_raised", "one dispute raised in the last year, the last on 10 May 2024"],
    ["season", "invoiced in June"],
  ])("%s → %s", (feature, text) => expect(REASON_TEXTS[feature]!(facts)).toBe(text));

  it("counts in words up to ten", () => {
    expect(counted(0, "reminder")).toBe("no reminders");
    expect(counted(1, "reminder")).toBe("one reminder");
    expect(counted(12, "reminder")).toBe("12 reminders");
  });
});

describe("topReasons", () => {
  const model: LinearModel = {
    features: ["recent_late_share", "paper", "month_sin", "month_cos", "rejected_ebills"],
    intercept: 0,
    weights: [1, -0.5, 0.3, 0.3, 0.2],
    mean: [0, 0, 0, 0, 0],
    scale: [1, 1, 1, 1, 1],
    active: [true, true, true, true, false],
    alpha: 0.01,
    calibration: { method: "identity" },
  };
  const design = { x: Float64Array.from([0.9, 1, 0.5, -1, 1.1]), cols: 5 };

  it("ranks signed contributions, merges the month into one reason and skips inactive features", () => {
    const reasons = topReasons(model, design, 0, facts, 1);
    expect(reasons.map((r) => [r.feature, Number(r.effect.toFixed(2)), r.direction])).toEqual([
      ["recent_late_share", 0.9, "raises risk"],
      ["paper", -0.5, "lowers risk"],
      ["season", -0.15, "lowers risk"],
    ]);
    expect(reasons[0]!.text).toBe("paid 4 of the last 6 invoices late, on average 25 days after the due date");
  });

  it("flips the sign for a chance-of-payment model", () => {
    expect(topReasons(model, design, 0, facts, -1, 1)[0]).toMatchObject({ feature: "recent_late_share", effect: -0.9 });
  });
});
