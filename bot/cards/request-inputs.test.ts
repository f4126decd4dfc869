import { describe, expect, it } from "vitest";
import { parseRequestInput, type RequestInputContext } from "./request-inputs";

const plan: RequestInputContext = { kind: "plan", asOf: "2026-11-23", currency: "USD", outstandingMinor: 900_000 };
const writeOff: RequestInputContext = { ...plan, kind: "write-off" };
const terms = (modifyInstallments: string, modifyStart: string, modifyAmount: string) => ({
  modifyInstallments,
  modifyStart,
  modifyAmount,
});

describe("server-side check of what a request card click submits", () => {
  it.each([
    ["approveRequest", {}, plan, { approve: true }],
    ["approveRequest", { modifyAmount: "ignored" }, writeOff, { approve: true }],
    [
      "modifyPlan",
      terms("4", "2026-12-15", "6000.50"),
      plan,
      { approve: true, terms: { installments: 4, startDate: "2026-12-15", amountMinor: 600_050 } },
    ],
    [
      "modifyPlan",
      { modifyInstallments: 2, modifyStart: "2027-02-21", modifyAmount: "9000" },
      plan,
      { approve: true, terms: { installments: 2, startDate: "2027-02-21", amountMinor: 900_000 } },
    ],
    ["rejectRequest", { rejectReason: "  Client can pay now " }, plan, { approve: false, note: "Client can pay now" }],
    ["rejectRequest", { rejectReason: "No" }, writeOff, { approve: false, note: "No" }],
  ])("%s %j is accepted", (verb, data, ctx, expected) => {
    expect(parseRequestInput(verb, data, ctx)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["modifyPlan", terms("3", "2026-12-15", "100"), writeOff, "only a payment plan"],
    ["modifyPlan", terms("1", "2026-12-15", "100"), plan, "modifyInstallments"],
    ["modifyPlan", terms("25", "2026-12-15", "100"), plan, "modifyInstallments"],
    ["modifyPlan", terms("3", "2026-11-23", "100"), plan, "modifyStart"],
    ["modifyPlan", terms("3", "2027-02-22", "100"), plan, "modifyStart"],
    ["modifyPlan", terms("3", "2026-12-15", "9000.01"), plan, "more than"],
    ["modifyPlan", terms("3", "2026-12-15", "1,000"), plan, "modifyAmount"],
    ["modifyPlan", terms("3", "2026-12-15", "0.02"), plan, "too small"],
    ["rejectRequest", { rejectReason: "   " }, plan, "rejectReason is required"],
    ["rejectRequest", { rejectReason: "x".repeat(501) }, writeOff, "too long"],
    ["approvePlan", {}, plan, "unknown action"],
  ])("%s %j is refused", (verb, data, ctx, message) => {
    const result = parseRequestInput(verb, data as Record<string, unknown>, ctx);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe("VALIDATION");
      expect(result.message).toContain(message);
    }
  });
});
