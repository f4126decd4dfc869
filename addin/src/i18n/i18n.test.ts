import { describe, expect, it } from "vitest";
import { en } from "./en";
import { formatDate, formatMoney, formatPercent, parseAmountToMinor } from "../../../web-shared/format/display-format";
import { stringsFor } from "./languages";

describe("i18n", () => {
  it("falls back to English for a language without a table", () => {
    expect(stringsFor("fr-FR")).toBe(en);
    expect(stringsFor("en-GB")).toBe(en);
  });

  it.each([
    [2031204, "USD", "$20,312.04"],
    [-500, "USD", "-$5.00"],
    [123456, undefined, "1,234.56"],
    [150000, "JPY", "¥150,000"],
  ])("formatMoney(%i, %s) = %s", (minor, currency, text) => {
    expect(formatMoney(minor, currency)).toBe(text);
  });

  it("formats percent and dates, and parses typed amounts", () => {
    expect(formatPercent(0.726)).toBe("73%");
    expect(formatDate("2026-12-04")).toBe("Dec 4, 2026");
    expect(formatDate("soon")).toBe("soon");
    expect(parseAmountToMinor("1,250.5")).toBe(125050);
    expect(parseAmountToMinor("0")).toBeUndefined();
  });
});
