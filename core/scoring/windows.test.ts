import { describe, expect, it } from "vitest";
import { planWindows, strideSample } from "./windows";

describe("planWindows", () => {
  it("places three selection windows and a holdout ending a maturity before the cutoff", () => {
    // 600 days of invoices; days to settle 0..99 → p95 = 95 days of maturity.
    const issued = Int32Array.from({ length: 600 }, (_, i) => i);
    const dts = Int32Array.from({ length: 600 }, (_, i) => i % 100);
    const plan = planWindows(issued, dts, 700);
    expect(plan.maturityDays).toBe(95);
    // usable span 0..605 → length floor(605 / 6) = 100 → capped at 91 days
    expect(plan.selection).toEqual([
      { start: 241, end: 332 },
      { start: 332, end: 423 },
      { start: 423, end: 514 },
    ]);
    expect(plan.holdout).toEqual({ start: 514, end: 605 });
  });

  it("gives up on a history too short to split and bounds the maturity", () => {
    const plan = planWindows(Int32Array.from([0, 10, 20]), Int32Array.from([5, 5, 5]), 100);
    expect(plan).toEqual({ selection: [], holdout: undefined, maturityDays: 30 });
  });
});

describe("strideSample", () => {
  it("keeps evenly spaced rows", () => {
    expect(Array.from(strideSample(Int32Array.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]), 4))).toEqual([0, 2, 5, 7]);
    expect(strideSample(Int32Array.from([1, 2]), 4).length).toBe(2);
  });
});
