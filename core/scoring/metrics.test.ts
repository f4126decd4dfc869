import { describe, expect, it } from "vitest";
import { brierScore, evaluate, logLoss, precisionAtTop, rocAuc } from "./metrics";

describe("rocAuc", () => {
  it.each([
    // perfect ranking
    [[0, 0, 1, 1], [0.1, 0.2, 0.8, 0.9], 1],
    // reversed
    [[1, 1, 0, 0], [0.1, 0.2, 0.8, 0.9], 0],
    // 3 of 4 positive-negative pairs ordered: (0.35 > 0.1, 0.35 < 0.4, 0.8 > 0.1, 0.8 > 0.4)
    [[0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8], 0.75],
    // ties count half: every pair tied
    [[0, 1, 0, 1], [0.5, 0.5, 0.5, 0.5], 0.5],
    // one tied pair (0.4 vs 0.4) of 4: (1 + 0.5 + 1 + 1) / 4
    [[0, 0, 1, 1], [0.1, 0.4, 0.4, 0.9], 0.875],
  ])("AUC of %j scored %j is %d", (y, p, want) => expect(rocAuc(y, p)).toBeCloseTo(want, 12));

  it("is NaN with one class", () => expect(rocAuc([1, 1], [0.2, 0.4])).toBeNaN());
});

describe("probability scores", () => {
  it.each([
    [[1, 0], [1, 0], 0],
    [[1, 0], [0.5, 0.5], 0.25],
    [[1, 0, 1], [0.8, 0.3, 0.4], (0.04 + 0.09 + 0.36) / 3],
  ])("Brier of %j at %j is %d", (y, p, want) => expect(brierScore(y, p)).toBeCloseTo(want, 12));

  it.each([
    [[1, 0], [0.5, 0.5], Math.log(2)],
    [[1, 0], [0.8, 0.25], -(Math.log(0.8) + Math.log(0.75)) / 2],
    [[1], [0], -Math.log(1e-15)],
  ])("log loss of %j at %j is %d", (y, p, want) => expect(logLoss(y, p)).toBeCloseTo(want, 10));
});

describe("precisionAtTop", () => {
  it.each([
    // 10 rows, top 20% = 2 rows: scores 0.9 (late) and 0.8 (on time)
    [[1, 0, 1, 0, 0, 0, 0, 0, 0, 0], [0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.05], 0.2, 0.5],
    // 7 rows, ceil(1.4) = 2: top two are both late
    [[1, 1, 0, 0, 0, 0, 1], [0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.1], 0.2, 1],
    // constant score: expected prevalence, whatever the row order
    [[1, 0, 0, 0, 1, 0, 0, 0, 0, 0], [0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3], 0.2, 0.2],
    // one row above the cut, three tied for the second place (one of them late)
    [[0, 1, 0, 0, 0, 0, 0, 0, 0, 0], [0.9, 0.5, 0.5, 0.5, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1], 0.2, 1 / 6],
  ])("precision of %j at %j top %d is %d", (y, p, fraction, want) =>
    expect(precisionAtTop(y, p, fraction)).toBeCloseTo(want, 12),
  );
});

describe("evaluate", () => {
  it("bundles the measures", () => {
    const m = evaluate([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]);
    expect(m).toMatchObject({ n: 4, positives: 2, rocAuc: 0.75 });
    expect(m.brier).toBeCloseTo((0.01 + 0.16 + 0.4225 + 0.04) / 4, 12);
    expect(m.precisionAtTop20).toBe(1);
  });
});
