import { describe, expect, it } from "vitest";
import { confidenceOf } from "./confidence";

describe("confidenceOf", () => {
  it.each([
    [0.9, 12, "high"],
    [0.1, 10, "high"],
    [0.75, 12, "medium"],
    [0.9, 5, "medium"],
    [0.55, 40, "low"],
    [0.95, 2, "low"],
    [0.2, 3, "medium"],
  ] as const)("p = %d with %i settled invoices is %s", (p, history, want) =>
    expect(confidenceOf(p, history)).toBe(want),
  );

  it("follows a firm's own policy", () =>
    expect(confidenceOf(0.75, 5, { highHistory: 5, lowHistory: 1, highMargin: 0.2, lowMargin: 0.05 })).toBe("high"));
});
