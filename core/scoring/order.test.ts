import { describe, expect, it } from "vitest";
import { NEVER } from "./day";
import { groupStarts, orderByGroupThenDay } from "./order";

describe("orderByGroupThenDay", () => {
  it("orders by group, then day, then row, with NEVER last", () => {
    const group = Int32Array.from([1, 0, 1, 0, 1, 0]);
    const day = Int32Array.from([5, 9, NEVER, 2, 5, 9]);
    expect(Array.from(orderByGroupThenDay(group, day, 2))).toEqual([3, 1, 5, 0, 4, 2]);
    expect(Array.from(groupStarts(group, 2))).toEqual([0, 3, 6]);
  });

  it("handles an empty input and a wide day span", () => {
    expect(orderByGroupThenDay(new Int32Array(0), new Int32Array(0), 0).length).toBe(0);
    const wide = orderByGroupThenDay(Int32Array.from([0, 0, 0]), Int32Array.from([-9_000_000, 9_000_000, 0]), 1);
    expect(Array.from(wide)).toEqual([0, 2, 1]);
  });
});
