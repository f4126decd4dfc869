import { describe, expect, it } from "vitest";
import { optionalText, requireAmount, requireDate, requireText } from "./validate";

describe("input checks shared by the actions", () => {
  it.each([
    ["  a note  ", 100, "a note"],
    ["abcdef", 3, "abc"],
    ["   ", 10, undefined],
    [42, 10, undefined],
    [undefined, 10, undefined],
  ])("optionalText(%j, %i) = %j", (value, max, want) => expect(optionalText(value, max)).toBe(want));

  it("requires text, dates and positive whole minor units", () => {
    expect(requireText("  hi ", "note")).toEqual({ ok: true, value: "hi" });
    expect(requireText("", "note").ok).toBe(false);
    expect(requireText("x".repeat(11), "note", 10).ok).toBe(false);
    expect(requireDate("2026-02-29", "date").ok).toBe(false);
    expect(requireDate("2028-02-29", "date")).toEqual({ ok: true, value: "2028-02-29" });
    expect(requireAmount(1250, "amountMinor")).toEqual({ ok: true, value: 1250 });
    for (const bad of [0, -5, 12.5, "12", Number.NaN]) expect(requireAmount(bad, "amountMinor").ok).toBe(false);
  });
});
