import { describe, expect, it } from "vitest";
import { NO_FILTERS, nextSort, pageRange, sameFilters } from "./inventory-model";

describe("inventory model", () => {
  it.each([
    [{ key: "overdue", dir: "desc" }, "overdue", { key: "overdue", dir: "asc" }],
    [{ key: "overdue", dir: "asc" }, "overdue", { key: "overdue", dir: "desc" }],
    [{ key: "overdue", dir: "desc" }, "name", { key: "name", dir: "asc" }],
    [{ key: "name", dir: "asc" }, "partner", { key: "partner", dir: "asc" }],
    [{ key: "name", dir: "asc" }, "score", { key: "score", dir: "desc" }],
  ] as const)("a click on a header after %j sorts by %s: %j", (current, key, expected) => {
    expect(nextSort(current, key)).toEqual(expected);
  });

  it("compares filters by value", () => {
    expect(sameFilters(NO_FILTERS, { ...NO_FILTERS })).toBe(true);
    expect(sameFilters(NO_FILTERS, { ...NO_FILTERS, search: "a" })).toBe(false);
    expect(sameFilters(NO_FILTERS, { ...NO_FILTERS, withDisputes: true })).toBe(false);
  });

  it("numbers a page's accounts", () => {
    expect(pageRange(1, 50, 120)).toEqual({ from: 1, to: 50 });
    expect(pageRange(3, 50, 120)).toEqual({ from: 101, to: 120 });
    expect(pageRange(1, 50, 0)).toEqual({ from: 0, to: 0 });
  });
});
