import { describe, expect, it } from "vitest";
import { DayHeap } from "./min-heap";

describe("DayHeap", () => {
  it("pops rows in key order and grows past its capacity", () => {
    const key = Int32Array.from([50, 10, 40, 10, 30, 20, 60, 0]);
    const heap = new DayHeap(key, 2);
    for (let row = 0; row < key.length; row += 1) heap.push(row);
    expect(heap.size).toBe(8);
    const keys: number[] = [];
    while (heap.size > 0) keys.push(key[heap.pop()]!);
    expect(keys).toEqual([0, 10, 10, 20, 30, 40, 50, 60]);
    expect(heap.peek()).toBe(-1);
    expect(heap.pop()).toBe(-1);
  });
});
