import { describe, expect, it } from "vitest";
import { en } from "../i18n/en";
import { amountError, collectErrors, futureDateError, installmentsError, requiredText } from "./validate";

const e = en.forms.errors;

describe("action form rules", () => {
  it.each([
    ["", undefined, e.required],
    ["0", undefined, e.amount],
    ["-5", undefined, e.amount],
    ["12.345", undefined, e.amount],
    ["abc", undefined, e.amount],
    ["1,250.00", undefined, undefined],
    ["1250.5", undefined, undefined],
    ["20312.05", 2031204, e.amountTooHigh],
    ["20312.04", 2031204, undefined],
  ])("amount %j (max %j) → %j", (value, max, expected) => {
    expect(amountError(value, e, "USD", max)).toBe(expected);
  });

  it.each([
    ["", e.required],
    ["12/03/2026", e.dateFormat],
    ["2026-02-30", e.dateFormat],
    ["2026-11-22", e.dateFuture],
    ["2026-11-23", undefined],
    ["2027-01-15", undefined],
  ])("date %j → %j", (value, expected) => {
    expect(futureDateError(value, e, "2026-11-23")).toBe(expected);
  });

  it.each([
    ["1", e.installments],
    ["2", undefined],
    ["24", undefined],
    ["25", e.installments],
    ["3.5", e.installments],
    ["", e.installments],
  ])("installments %j → %j", (value, expected) => {
    expect(installmentsError(value, e)).toBe(expected);
  });

  it("requires text within a length", () => {
    expect(requiredText("   ", e)).toBe(e.required);
    expect(requiredText("x".repeat(11), e, 10)).toBe("At most 10 characters.");
    expect(requiredText("Called AP", e)).toBeUndefined();
  });

  it("keeps only the fields with a message", () => {
    expect(collectErrors({ a: undefined, b: "Required." })).toEqual({ b: "Required." });
  });
});
