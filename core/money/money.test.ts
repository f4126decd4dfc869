import { describe, expect, it } from "vitest";
import { allocateByWeights, formatMoney, parseAmount, splitEvenly, toDecimalString } from "./money";

describe("parseAmount", () => {
  it.each([
    ["1,234.56", 123456],
    ["$1,234.56", 123456],
    ["(1,234.50)", -123450],
    ["1234.5-", -123450],
    ["-$12.00", -1200],
    ["USD 99", 9900],
    ["  7 ", 700],
    ["0.07", 7],
    ["1,000,000", 100000000],
  ])("%s → %i minor units", (text, want) => expect(parseAmount(text)).toEqual({ ok: true, amountMinor: want }));

  it.each([
    ["1.234,56", 123456],
    ["€ 1.234,56", 123456],
    ["12,5", 1250],
  ])("decimal comma %s → %i", (text, want) =>
    expect(parseAmount(text, { decimalSeparator: "," })).toEqual({ ok: true, amountMinor: want }),
  );

  it.each(["", "abc", "1.2.3", "12,34.56", "1.234", "1,23,456.00"])("refuses %j", (text) => {
    expect(parseAmount(text).ok).toBe(false);
  });

  it("respects zero-decimal currencies", () => {
    expect(parseAmount("1,200", { currency: "JPY" })).toEqual({ ok: true, amountMinor: 1200 });
    expect(parseAmount("1.5", { currency: "JPY" }).ok).toBe(false);
  });
});

describe("splitting to the cent", () => {
  it("splits evenly with the extra cents first", () => {
    expect(splitEvenly(1000, 3)).toEqual([334, 333, 333]);
    expect(splitEvenly(-1000, 3)).toEqual([-334, -333, -333]);
    expect(splitEvenly(10, 4)).toEqual([3, 3, 2, 2]);
  });
  it("allocates by weights summing exactly", () => {
    const parts = allocateByWeights(10000, [1, 1, 1]);
    expect(parts).toEqual([3334, 3333, 3333]);
    expect(allocateByWeights(101, [3, 1])).toEqual([76, 25]);
  });
});

describe("formatting", () => {
  it("prints exact decimals and localized currency", () => {
    expect(toDecimalString(277207)).toBe("2772.07");
    expect(toDecimalString(-5)).toBe("-0.05");
    expect(toDecimalString(1200, "JPY")).toBe("1200");
    expect(formatMoney(123456, "USD")).toBe("$1,234.56");
  });
});
