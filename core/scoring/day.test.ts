import { describe, expect, it } from "vitest";
import { toDayNumber } from "../domain/dates";
import { dayOf, isoOfDay, monthOfDay, spokenDay } from "./day";

describe("fast day numbers", () => {
  it.each(["1970-01-01", "2000-02-29", "2012-01-01", "2013-07-01", "2024-12-31", "1899-03-01", "2100-03-01"])(
    "dayOf(%s) equals toDayNumber",
    (d) => expect(dayOf(d)).toBe(toDayNumber(d)),
  );

  it("reads the date part of an instant", () => expect(dayOf("2024-05-03T17:45:00Z")).toBe(toDayNumber("2024-05-03")));

  it.each(["2023-02-29", "2024-13-01", "2024-1-01", "24-01-01", "2024/01/01", "2024-04-31"])("rejects %s", (d) =>
    expect(() => dayOf(d)).toThrow(RangeError),
  );

  it("round-trips months and spoken days", () => {
    for (let day = dayOf("2023-12-25"); day < dayOf("2025-03-05"); day += 1) {
      expect(monthOfDay(day)).toBe(Number(isoOfDay(day).slice(5, 7)));
    }
    expect(spokenDay(dayOf("2024-05-03"))).toBe("3 May 2024");
  });
});
