import { describe, expect, it } from "vitest";
import { amountPattern, parseDecisionInput } from "./escalation-inputs";

const ctx = { asOf: "2026-11-23", currency: "USD", outstandingMinor: 1_000_000, reassignable: ["u-pryce"] };

describe("server-side check of what a card click submits", () => {
  it.each([
    ["approveEscalation", { escalationOption: "partner-call" }, { verb: "approveEscalation", option: "partner-call" }],
    [
      "approveEscalation",
      { escalationOption: "committee", escalationNote: " call Tue " },
      { verb: "approveEscalation", option: "committee", note: "call Tue" },
    ],
    [
      "approvePlan",
      { planInstallments: "3", planStart: "2026-12-01", planAmount: "9000.50" },
      { verb: "approvePlan", installments: 3, startDate: "2026-12-01", amountMinor: 900050 },
    ],
    [
      "approvePlan",
      { planInstallments: 4, planStart: "2026-12-01", planAmount: "10000" },
      { verb: "approvePlan", installments: 4, startDate: "2026-12-01", amountMinor: 1_000_000 },
    ],
    [
      "holdUntil",
      { holdUntil: "2026-12-15", holdReason: "Partner negotiating" },
      { verb: "holdUntil", until: "2026-12-15", reason: "Partner negotiating" },
    ],
    [
      "approveWriteOff",
      { writeOffAmount: "250.00", writeOffReason: "Goodwill" },
      { verb: "approveWriteOff", amountMinor: 25000, reason: "Goodwill" },
    ],
    ["reassign", { reassignTo: "u-pryce" }, { verb: "reassign", toUserId: "u-pryce" }],
  ])("%s %j is accepted", (verb, data, expected) => {
    expect(parseDecisionInput(verb, data, ctx)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["approveEscalation", { escalationOption: "write-off" }, "escalationOption"],
    ["approvePlan", { planInstallments: "1", planStart: "2026-12-01", planAmount: "100" }, "planInstallments"],
    ["approvePlan", { planInstallments: "3.5", planStart: "2026-12-01", planAmount: "100" }, "planInstallments"],
    ["approvePlan", { planInstallments: "3", planStart: "2026-11-23", planAmount: "100" }, "planStart"],
    ["approvePlan", { planInstallments: "3", planStart: "2027-06-01", planAmount: "100" }, "planStart"],
    [
      "approvePlan",
      { planInstallments: "3", planStart: "2026-12-01", planAmount: "10000.01" },
      "more than the client owes",
    ],
    ["approvePlan", { planInstallments: "3", planStart: "2026-12-01", planAmount: "1,000" }, "planAmount"],
    ["holdUntil", { holdUntil: "2026-12-15", holdReason: "  " }, "holdReason"],
    ["holdUntil", { holdUntil: "15/12/2026", holdReason: "x" }, "holdUntil"],
    ["approveWriteOff", { writeOffAmount: "-5", writeOffReason: "x" }, "writeOffAmount"],
    ["approveWriteOff", { writeOffAmount: "0.001", writeOffReason: "x" }, "writeOffAmount"],
    ["approveWriteOff", { writeOffAmount: "5", writeOffReason: "x".repeat(501) }, "too long"],
    ["reassign", { reassignTo: "u-chen" }, "reassignTo"],
    ["delete", {}, "unknown action"],
  ])("%s %j is refused (%s)", (verb, data, message) => {
    const result = parseDecisionInput(verb, data as Record<string, unknown>, ctx);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe("VALIDATION");
      expect(result.message).toContain(message);
    }
  });

  it("the card pattern follows the currency's decimals", () => {
    expect(new RegExp(amountPattern("USD")).test("12.34")).toBe(true);
    expect(new RegExp(amountPattern("USD")).test("12.345")).toBe(false);
    expect(new RegExp(amountPattern("JPY")).test("1200")).toBe(true);
    expect(new RegExp(amountPattern("JPY")).test("12.5")).toBe(false);
  });
});
