import { describe, expect, it } from "vitest";
import type { AgingReport } from "../api/types";
import { agingHeadline, latestWithChange } from "./figures";

const row = (currency: string, buckets: Record<string, number>) => {
  const totalMinor = Object.values(buckets).reduce((a, b) => a + b, 0);
  return { key: "total", label: "Total", currency, buckets, totalMinor, total: "", invoiceCount: 3 };
};

describe("agingHeadline", () => {
  it("sums the buckets past 60 and 90 days on the largest currency", () => {
    const report = {
      totals: [
        row("EUR", { current: 100 }),
        row("USD", { current: 1000, d1_30: 500, d31_60: 200, d61_90: 100, d91_120: 100, d120_plus: 100 }),
      ],
    } as unknown as AgingReport;
    expect(agingHeadline(report)).toEqual({
      currency: "USD",
      totalMinor: 2000,
      overdueMinor: 1000,
      over60: 0.15,
      over90: 0.1,
      invoiceCount: 3,
    });
  });
  it("is null without AR", () => {
    expect(agingHeadline({ totals: [] } as unknown as AgingReport)).toBeNull();
  });
});

describe("latestWithChange", () => {
  it.each([
    [[50, 52, 51, 49, 47.5], 4, { latest: 47.5, change: -2.5 }],
    [[null, 40], 1, { latest: 40, change: null }],
    [[], 4, { latest: null, change: null }],
  ] as const)("%j back %i", (values, back, expected) => {
    expect(latestWithChange([...values], back)).toEqual(expected);
  });
});
