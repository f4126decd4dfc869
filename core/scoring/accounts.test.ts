import { describe, expect, it } from "vitest";
import { forecastAccounts } from "./accounts";
import { openScore } from "./testing/scores";

describe("forecastAccounts", () => {
  const reason = { feature: "late_share", effect: 1, direction: "raises risk" as const, text: "paid 4 of 6 late" };
  const accounts = forecastAccounts([
    openScore({
      invoiceId: "a1",
      balanceMinor: 300_000,
      daysPastDue: 40,
      pPaid7: 0.1,
      pPaid30: 0.2,
      pPaid60: 0.5,
      reasons: [reason],
    }),
    openScore({ invoiceId: "a2", balanceMinor: 100_000, daysPastDue: 10, pPaid7: 0.4, pPaid30: 0.6, pPaid60: 0.9 }),
    openScore({
      invoiceId: "a3",
      balanceMinor: 50_000,
      daysPastDue: -5,
      pPaid7: 0.5,
      pPaid30: 0.9,
      pPaid60: 1,
      promisesBroken: 1,
    }),
    openScore({ invoiceId: "b1", clientId: "beta", balanceMinor: 10_000, daysPastDue: -10, disputeKnown: true }),
  ]);

  it("sums balances and expected cash, weights the 30-day chance by overdue balance", () => {
    expect(accounts.map((a) => a.clientId)).toEqual(["acme", "beta"]);
    const acme = accounts[0]!;
    expect(acme).toMatchObject({
      openInvoices: 3,
      openBalanceMinor: 450_000,
      overdueBalanceMinor: 400_000,
      maxDaysPastDue: 40,
      // (300,000 × 0.2 + 100,000 × 0.6) / 400,000
      pCollected30: 0.3,
      expectedCash7Minor: 30_000 + 40_000 + 25_000,
      expectedCash30Minor: 60_000 + 60_000 + 45_000,
      expectedCash60Minor: 150_000 + 90_000 + 50_000,
      cashAtRiskMinor: 240_000 + 40_000 + 5_000,
      promisesBroken: 1,
      disputed: false,
      reasons: [reason],
    });
  });

  it("uses all open invoices when none is overdue", () => {
    expect(accounts[1]).toMatchObject({ pCollected30: 0.6, overdueBalanceMinor: 0, maxDaysPastDue: 0, disputed: true });
  });
});
