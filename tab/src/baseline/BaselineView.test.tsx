// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { setupDom } from "../../../web-shared/test-support/dom";
import { Fail } from "../test-support/fake-http";
import { renderView } from "../test-support/render";
import { BaselineView } from "./BaselineView";

setupDom();

const period = (from: string, to: string, extra: Record<string, unknown>) => ({ from, to, ...extra });
const BASELINE = {
  report: "baseline",
  asOf: "2026-11-23",
  nudgeStartDate: "2026-07-26",
  before: period("2026-01-27", "2026-07-25", {
    paid: 300,
    avgDaysToPay: 58.2,
    avgDaysLate: 21.4,
    cycles: 180,
    avgCycleDays: 34.1,
    medianCycleDays: 28,
    touchesPerCycle: 1.2,
  }),
  after: period("2026-07-26", "2026-11-23", {
    paid: 210,
    avgDaysToPay: 49.9,
    avgDaysLate: 14.3,
    cycles: 110,
    avgCycleDays: 24.6,
    medianCycleDays: 19,
    touchesPerCycle: 2.1,
  }),
  change: { avgDaysToPay: -8.3, avgDaysLate: -7.1, avgCycleDays: -9.5 },
};
const SHARES = {
  currency: "USD",
  nudgeStartDate: "2026-07-26",
  before: { from: "2026-01-27", to: "2026-07-25", points: 26, over30: 0.25, over60: 0.1, over90: 0.04 },
  after: { from: "2026-07-26", to: "2026-11-23", points: 18, over30: 0.2, over60: 0.08, over90: 0.03 },
  change: { over30: -0.05, over60: -0.02, over90: -0.01 },
  computedAt: "2026-11-23T09:00:00.000Z",
  cached: true,
  method: "…",
};

describe("BaselineView", () => {
  it("compares cycle time, days to pay and AR shares before and after, with the method stated", async () => {
    renderView(<BaselineView />, {
      routes: { "GET /reports/baseline": BASELINE, "GET /reports/baseline-shares": SHARES },
    });
    const cycle = await screen.findByRole("table", { name: /Time per collection cycle/ });
    const first = within(cycle).getAllByRole("row")[1]!;
    expect(
      within(first)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["Time per collection cycle (days from due date to payment)", "34.1", "24.6", "-9.5"]);
    const shares = await screen.findByRole("table", { name: "Share of AR past due" });
    expect(within(shares).getByText("AR over 60 days past due").closest("tr")!.textContent).toContain("10%8%-2 pts");
    expect(screen.getAllByText(/Method:/)).toHaveLength(2);
    expect(screen.getByText(/Nudge began acting on Jul 26, 2026/)).toBeTruthy();
  });

  it("explains when the firm has no start date", async () => {
    const noStart = new Fail({
      kind: "problem",
      status: 400,
      code: "VALIDATION",
      detail: "the firm has no nudgeStartDate",
    });
    renderView(<BaselineView />, {
      routes: { "GET /reports/baseline": noStart, "GET /reports/baseline-shares": noStart },
    });
    expect((await screen.findAllByText(/no nudgeStartDate/)).length).toBe(2);
  });
});
