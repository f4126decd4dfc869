import { describe, expect, it } from "vitest";
import { addDays, addMonths, daysBetween, endOfMonth, isIsoDate, weekday } from "./dates";

describe("calendar days", () => {
  it.each([
    ["2024-02-28", 1, "2024-02-29"],
    ["2024-02-29", 1, "2024-03-01"],
    ["2023-12-31", 1, "2024-01-01"],
    ["2024-03-31", -31, "2024-02-29"],
  ])("addDays(%s, %i) = %s", (d, n, want) => expect(addDays(d, n)).toBe(want));

  it.each([
    ["2024-01-31", 1, "2024-02-29"],
    ["2023-01-31", 1, "2023-02-28"],
    ["2024-11-30", 3, "2025-02-28"],
    ["2024-03-15", -3, "2023-12-15"],
  ])("addMonths(%s, %i) = %s clamps to month end", (d, n, want) => expect(addMonths(d, n)).toBe(want));

  it("counts days across a daylight-saving change without drift", () => {
    expect(daysBetween("2024-03-01", "2024-04-01")).toBe(31);
    expect(daysBetween("2024-11-01", "2024-10-01")).toBe(-31);
  });

  it("knows month ends, weekdays and invalid dates", () => {
    expect(endOfMonth("2024-02-10")).toBe("2024-02-29");
    expect(weekday("2026-11-23")).toBe(1);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2/1/2024")).toBe(false);
  });
});
