import { describe, expect, it } from "vitest";
import { type Calibration, calibrate, fitIsotonic, fitPlatt, reliability } from "./calibration";
import { sigmoid } from "./logistic";
import { mulberry32 } from "./testing/prng";

/** Raw scores that are overconfident: the true probability is sigmoid(0.5 · logit(raw)). */
function overconfident(n: number, seed: number) {
  const random = mulberry32(seed);
  const p = new Float64Array(n);
  const y = new Uint8Array(n);
  for (let i = 0; i < n; i += 1) {
    const raw = 0.02 + 0.96 * random();
    p[i] = raw;
    y[i] = random() < sigmoid(0.5 * Math.log(raw / (1 - raw))) ? 1 : 0;
  }
  return { p, y };
}

function assertMonotoneInBounds(c: Calibration) {
  let previous = 0;
  for (let raw = 0; raw <= 1; raw += 0.01) {
    const v = calibrate(c, raw);
    expect(v).toBeGreaterThanOrEqual(previous - 1e-12);
    expect(v).toBeGreaterThan(0);
    expect(v).toBeLessThan(1);
    previous = v;
  }
}

describe("calibration", () => {
  const { p, y } = overconfident(20_000, 3);

  it("Platt recovers the slope of an overconfident score and is monotone within (0, 1)", () => {
    const c = fitPlatt(p, y);
    expect(c.method).toBe("platt");
    if (c.method === "platt") {
      expect(c.slope).toBeCloseTo(0.5, 1);
      expect(c.intercept).toBeCloseTo(0, 1);
    }
    assertMonotoneInBounds(c);
  });

  it("isotonic is monotone, within bounds, and matches block rates", () => {
    const c = fitIsotonic(p, y);
    assertMonotoneInBounds(c);
    expect(calibrate(c, 0.9)).toBeCloseTo(sigmoid(0.5 * Math.log(9)), 1);
    const tiny = fitIsotonic(Float64Array.from([0.1, 0.2, 0.3, 0.4]), Uint8Array.from([0, 1, 0, 1]));
    expect(tiny).toEqual({ method: "isotonic", x: [0.1, 0.25, 0.4], y: [0.0001, 0.5, 0.9999] });
  });

  it("identity keeps probabilities off 0 and 1; a constant score cannot be Platt-scaled", () => {
    expect(calibrate({ method: "identity" }, 0)).toBe(0.0001);
    expect(fitPlatt(Float64Array.from([0.3, 0.3]), Uint8Array.from([0, 1]))).toEqual({ method: "identity" });
  });

  it("bins a reliability table", () => {
    const table = reliability(Float64Array.from([0.05, 0.15, 0.12, 0.95]), Uint8Array.from([0, 1, 0, 1]), 10);
    expect(table.map((b) => [b.from, b.count, b.observedRate])).toEqual([
      [0, 1, 0],
      [0.1, 2, 0.5],
      [0.9, 1, 1],
    ]);
    expect(table[1]!.meanPredicted).toBeCloseTo(0.135, 12);
  });
});
