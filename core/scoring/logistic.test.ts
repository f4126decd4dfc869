import { describe, expect, it } from "vitest";
import { fitLogistic, sigmoid, softplus, standardize } from "./logistic";
import { mulberry32, normal } from "./testing/prng";

function synthetic(n: number, weights: number[], intercept: number, seed: number) {
  const random = mulberry32(seed);
  const cols = weights.length;
  const x = new Float64Array(n * cols);
  const y = new Uint8Array(n);
  for (let i = 0; i < n; i += 1) {
    let eta = intercept;
    for (let j = 0; j < cols; j += 1) {
      const v = normal(random);
      x[i * cols + j] = v;
      eta += weights[j]! * v;
    }
    y[i] = random() < sigmoid(eta) ? 1 : 0;
  }
  const rows = Int32Array.from({ length: n }, (_, i) => i);
  return { design: { x, cols }, y, rows };
}

describe("logistic regression", () => {
  it("recovers known weights from 40,000 synthetic rows", () => {
    const { design, y, rows } = synthetic(40_000, [1.5, -0.8, 0], -0.5, 7);
    const std = standardize(design, rows);
    const fit = fitLogistic({ design, y, rows, std, penalty: new Float64Array(3).fill(1e-6) });
    expect(fit.converged).toBe(true);
    expect(fit.iterations).toBeLessThan(10);
    const raw = Array.from({ length: 3 }, (_, j) => fit.coef[j + 1]! / std.scale[j]!);
    expect(raw[0]).toBeCloseTo(1.5, 1);
    expect(raw[1]).toBeCloseTo(-0.8, 1);
    expect(Math.abs(raw[2]!)).toBeLessThan(0.05);
  });

  it("shrinks weights toward zero as the penalty grows and ignores constant columns", () => {
    const { design, y, rows } = synthetic(2_000, [1, 1], 0, 11);
    const cols = 3;
    const x = new Float64Array(2_000 * cols);
    for (let i = 0; i < 2_000; i += 1) x.set([design.x[i * 2]!, design.x[i * 2 + 1]!, 4], i * cols);
    const wide = { x, cols };
    const std = standardize(wide, rows);
    expect(Array.from(std.active)).toEqual([1, 1, 0]);
    const norm = (lambda: number) => {
      const fit = fitLogistic({ design: wide, y, rows, std, penalty: new Float64Array(cols).fill(lambda) });
      expect(fit.coef[3]).toBe(0);
      return Math.hypot(fit.coef[1]!, fit.coef[2]!);
    };
    const [small, medium, large] = [norm(0.01), norm(100), norm(10_000)];
    expect(small).toBeGreaterThan(medium);
    expect(medium).toBeGreaterThan(large);
    expect(large).toBeLessThan(0.2);
  });

  it("separable data still converges under a penalty", () => {
    const design = { x: Float64Array.from([-2, -1, 1, 2]), cols: 1 };
    const rows = Int32Array.from([0, 1, 2, 3]);
    const y = Uint8Array.from([0, 0, 1, 1]);
    const fit = fitLogistic({ design, y, rows, std: standardize(design, rows), penalty: Float64Array.from([0.1]) });
    expect(fit.converged).toBe(true);
    expect(Number.isFinite(fit.coef[1])).toBe(true);
    expect(fit.coef[1]).toBeGreaterThan(1);
  });

  it("computes softplus and sigmoid without overflow", () => {
    expect(softplus(1000)).toBe(1000);
    expect(softplus(-1000)).toBe(0);
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(0)).toBe(0.5);
  });
});
