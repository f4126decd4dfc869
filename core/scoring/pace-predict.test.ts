import { describe, expect, it } from "vitest";
import type { PaceModel } from "./pace";
import { type PaceState, paceExpectedDaysToPay, paceLateChance, pacePaidWithin } from "./pace-predict";
import { residualTable } from "./residuals";

// Residuals uniform on [-10, 10] days: inside the table the CDF is exactly linear.
const residuals = residualTable(Float64Array.from({ length: 2001 }, (_, i) => -10 + i / 100));
const model = (neverPaidShare = 0): PaceModel => ({
  covariates: ["paper", "portal", "log_amount", "terms_days"],
  coefficients: [0, 0, 0, 0],
  disputeDays: 20,
  priorDays: 30,
  typicalDays: 30,
  priorStrength: 1,
  residualSd: 5.8,
  clientSd: 5,
  residuals,
  disputeRate: 0,
  disputeStrength: 10,
  neverPaidShare,
  rows: 2001,
});
const onTime: PaceState = { expectedDays: 30, expectedDaysIfDisputed: 50, disputeChance: 0, spread: 1 };

describe("pace predictions", () => {
  it("chance of late payment: P(30 + R > 30.5) = P(R > 0.5)", () => {
    expect(paceLateChance(model(), onTime, 30)).toBeCloseTo(0.475, 6);
    expect(paceLateChance(model(), { ...onTime, disputeChance: 1 }, 30)).toBeCloseTo(1, 3);
    // a tenth of invoices are never paid in the normal course: they are late too
    expect(paceLateChance(model(0.1), onTime, 30)).toBeCloseTo(0.1 + 0.9 * 0.475, 6);
  });

  it("chance of payment within 10 days for an invoice unpaid at 25 days", () => {
    // unpaid at 25: P(R > -5.5) = 0.775; paid by day 35: P(R <= 5.5) = 0.775 → (0.775 - 0.225) / 0.775
    expect(pacePaidWithin(model(), onTime, 25, 10)).toBeCloseTo(0.55 / 0.775, 6);
    let previous = 0;
    for (const horizon of [1, 7, 14, 30, 60]) {
      const p = pacePaidWithin(model(), onTime, 25, horizon);
      expect(p).toBeGreaterThanOrEqual(previous);
      previous = p;
    }
  });

  it("an invoice far past its client's pace is probably not being paid at all", () => {
    expect(pacePaidWithin(model(0.05), onTime, 200, 30)).toBeLessThan(1e-6);
    // without a never-paid share the memoryless tail still gives a finite answer
    expect(pacePaidWithin(model(0), onTime, 400, 30)).toBeGreaterThan(0.99);
  });

  it("expected days to pay: about the pace at issue, shrinking as the invoice ages", () => {
    expect(paceExpectedDaysToPay(model(), onTime, 0)).toBeCloseTo(30, 1);
    // unpaid at 35 days: residual beyond 4.5, uniform on (4.5, 10] → mean 7.25 → day 37.25, 2.25 more
    expect(paceExpectedDaysToPay(model(), onTime, 35)).toBeCloseTo(2.25, 1);
  });
});
