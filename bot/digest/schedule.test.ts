import { describe, expect, it } from "vitest";
import { digestWeekDue } from "./schedule";

describe("the digest is due on Monday from 08:00 in the firm's time zone", () => {
  it.each([
    ["2026-11-23T13:00:00.000Z", "America/New_York", "2026-11-22"], // 08:00 Monday in New York
    ["2026-11-23T12:59:00.000Z", "America/New_York", undefined], // 07:59
    ["2026-11-24T03:00:00.000Z", "America/New_York", "2026-11-22"], // 22:00 Monday: a missed run is made up
    ["2026-11-24T05:00:00.000Z", "America/New_York", undefined], // Tuesday 00:00
    ["2026-11-22T23:00:00.000Z", "Australia/Sydney", "2026-11-22"], // Monday 10:00 in Sydney, still Sunday in UTC
    ["2026-11-23T08:00:00.000Z", "UTC", "2026-11-22"],
    ["2026-11-23T08:00:00.000Z", "Not/AZone", "2026-11-22"], // unknown zone: UTC rather than never
  ])("%s in %s → %s", (now, zone, expected) => {
    expect(digestWeekDue(now, zone)).toBe(expected);
  });
});
