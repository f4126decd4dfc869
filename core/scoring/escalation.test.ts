import { describe, expect, it } from "vitest";
import { projectedP30, recommendEscalation } from "./escalation";
import type { PaceModel } from "./pace";
import { residualTable } from "./residuals";
import { openScore } from "./testing/scores";

// Residuals uniform on [-10, 10]; a fifth of invoices are never paid in the normal course.
const pace: PaceModel = {
  covariates: ["paper", "portal", "log_amount", "terms_days"],
  coefficients: [0, 0, 0, 0],
  disputeDays: 20,
  priorDays: 30,
  typicalDays: 30,
  priorStrength: 1,
  residualSd: 5.8,
  clientSd: 5,
  residuals: residualTable(Float64Array.from({ length: 2001 }, (_, i) => -10 + i / 100)),
  disputeRate: 0,
  disputeStrength: 10,
  neverPaidShare: 0.2,
  rows: 2001,
};
const model = { pace };
const state = { expectedDays: 30, expectedDaysIfDisputed: 50, disputeChance: 0, spread: 1 };

describe("projectedP30", () => {
  it.each([
    // unpaid at 25 days: 0.8 × P(R > -5.5) = 0.62 still paying, all of it within 30 days
    [0, 0.62 / 0.82],
    // at 35 days: 0.8 × 0.275 = 0.22 → 0.22 / 0.42
    [10, 0.22 / 0.42],
    // at 39 days: 0.8 × 0.075 = 0.06 → 0.06 / 0.26
    [14, 0.06 / 0.26],
  ])("%i days ahead: %d", (ahead, want) =>
    expect(projectedP30(model, [openScore({ ageDays: 25, pace: state })], ahead)).toBeCloseTo(want, 6),
  );
});

describe("recommendEscalation (threshold 30%, day limit 60 days past due)", () => {
  it("fires on the probability when it falls below the threshold first", () => {
    // age 38: 0.1 / 0.3 = 33% ≥ 30%; age 39: 23% → 14 days after 2024-06-01
    expect(
      recommendEscalation(model, [openScore({ ageDays: 25, daysPastDue: -5, pace: state })], "2024-06-01"),
    ).toEqual({
      date: "2024-06-15",
      rule: "probability",
      detail: "chance of payment within 30 days without partner action falls to 23%, below 30%",
    });
  });

  it("fires on the day limit when the client still looks likely to pay", () => {
    const slowButSure = openScore({ ageDays: 80, daysPastDue: 50, pace: { ...state, expectedDays: 100 } });
    expect(recommendEscalation({ pace: { ...pace, neverPaidShare: 0 } }, [slowButSure], "2024-06-01")).toEqual({
      date: "2024-06-11",
      rule: "day-limit",
      detail: "oldest invoice will be 60 days past due: the 60-day limit",
    });
  });

  it("says today when a rule has already fired, and nothing for an empty account", () => {
    const now = recommendEscalation(model, [openScore({ ageDays: 45, daysPastDue: 15, pace: state })], "2024-06-01");
    expect(now).toMatchObject({ date: "2024-06-01", rule: "probability" });
    expect(recommendEscalation(model, [], "2024-06-01")).toEqual({ rule: "none", detail: "nothing open" });
  });
});
