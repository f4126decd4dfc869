import { describe, expect, it } from "vitest";
import { residualCdf, residualExcess, residualTable } from "./residuals";

function uniformSample(n: number, lo: number, hi: number): Float64Array {
  return Float64Array.from({ length: n }, (_, i) => lo + ((hi - lo) * i) / (n - 1));
}

describe("residual table", () => {
  const table = residualTable(uniformSample(2001, -10, 10));

  it("reproduces a uniform distribution's CDF inside the table", () => {
    expect(residualCdf(table, 0)).toBeCloseTo(0.5, 6);
    expect(residualCdf(table, 5)).toBeCloseTo(0.75, 6);
    expect(residualCdf(table, -8)).toBeCloseTo(0.1, 6);
  });

  it("is monotone with exponential tails inside [0, 1]", () => {
    let previous = 0;
    for (let x = -30; x <= 30; x += 0.25) {
      const p = residualCdf(table, x);
      expect(p).toBeGreaterThanOrEqual(previous);
      expect(p).toBeGreaterThan(0);
      expect(p).toBeLessThanOrEqual(1);
      previous = p;
    }
    // Tail scale from the 90th-99th percentile gap: 1.8 days / ln 10.
    expect(table.upperScale).toBeCloseTo(1.8 / Math.log(10), 6);
    expect(1 - residualCdf(table, 11)).toBeCloseTo(0.005 * Math.exp(-(11 - 9.9) / table.upperScale), 9);
  });

  it("integrates the survival function: expected excess over x", () => {
    // Uniform(-10, 10): E[(R - 0)+] = 2.5, E[(R - 5)+] = 0.625; small tail mass adds a little.
    expect(residualExcess(table, 0)).toBeCloseTo(2.5, 1);
    expect(residualExcess(table, 5)).toBeCloseTo(0.625, 1);
    expect(residualExcess(table, -20)).toBeCloseTo(20, 0);
    expect(residualExcess(table, 30)).toBeGreaterThan(0);
    expect(residualExcess(table, 30)).toBeLessThan(0.01);
  });

  it("refuses too few residuals", () => expect(() => residualTable(new Float64Array(1))).toThrow(RangeError));
});
