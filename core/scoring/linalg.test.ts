import { describe, expect, it } from "vitest";
import { solveSpd } from "./linalg";

describe("solveSpd", () => {
  it("solves a 3 × 3 system exactly", () => {
    // A = [[4,2,0],[2,5,1],[0,1,3]], x = [1,-1,2] → b = A x = [2,-1,5]
    const a = Float64Array.from([4, 2, 0, 2, 5, 1, 0, 1, 3]);
    const x = solveSpd(a, Float64Array.from([2, -1, 5]), 3);
    expect(Array.from(x).map((v) => Number(v.toFixed(12)))).toEqual([1, -1, 2]);
  });

  it("survives a singular but semi-definite matrix with jitter and refuses an indefinite one", () => {
    const x = solveSpd(Float64Array.from([1, 1, 1, 1]), Float64Array.from([2, 2]), 2);
    expect(x[0]! + x[1]!).toBeCloseTo(2, 6);
    expect(() => solveSpd(Float64Array.from([1, 0, 0, -1]), Float64Array.from([1, 1]), 2)).toThrow(RangeError);
  });
});
