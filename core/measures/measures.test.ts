import { describe, expect, it } from "vitest";
import type { Invoice } from "../domain/types";
import { cei, daysToPay, disputeRate, dsoCountback, shareOver } from "./measures";

let n = 0;
const inv = (invoiceDate: string, amountMinor: number, extra: Partial<Invoice> = {}): Invoice => ({
  tenantId: "t",
  id: `i${++n}`,
  clientId: "c",
  number: `N${n}`,
  invoiceDate,
  dueDate: extra.dueDate ?? invoiceDate,
  amountMinor,
  balanceMinor: amountMinor,
  currency: "USD",
  status: "open",
  disputed: false,
  ...extra,
});

describe("DSO by countback", () => {
  it("counts whole months of billings, then the covered fraction of the last", () => {
    const ledger = [
      inv("2024-02-10", 100_000, { status: "paid", balanceMinor: 0, paidDate: "2024-03-20" }),
      inv("2024-02-20", 50_000),
      inv("2024-03-05", 100_000),
    ];
    // AR on 2024-03-31 = 50,000 (Feb) + 100,000 (Mar) = 150,000. March billed 100,000 → all 31 days;
    // the remaining 50,000 covers 50,000/150,000 of February's 29 days = 9.67. DSO = 40.7.
    expect(dsoCountback(ledger, "2024-03-31")).toBe(40.7);
  });
  it("is null without AR", () => {
    expect(
      dsoCountback([inv("2024-01-01", 100, { status: "paid", balanceMinor: 0, paidDate: "2024-01-02" })], "2024-03-31"),
    ).toBeNull();
  });
});

describe("CEI", () => {
  it("compares what was collected with what could have been", () => {
    // Beginning AR (end of 2024-02-29): invoice A 1,000 (due 02-15). Billed in March: B 500 (due 03-15), C 300 (due 04-20).
    // A paid 03-10; B still open and past due on 03-31; C open, current.
    // (1000 + 800 - 800) / (1000 + 800 - 300) = 1000 / 1500 = 66.7 %.
    const ledger = [
      inv("2024-02-01", 1_000, { dueDate: "2024-02-15", status: "paid", balanceMinor: 0, paidDate: "2024-03-10" }),
      inv("2024-03-01", 500, { dueDate: "2024-03-15" }),
      inv("2024-03-21", 300, { dueDate: "2024-04-20" }),
    ];
    expect(cei(ledger, "2024-03-01", "2024-03-31")).toBe(66.7);
  });
});

describe("days to pay, shares, dispute rate", () => {
  const ledger = [
    inv("2024-01-01", 100, { dueDate: "2024-01-31", status: "paid", balanceMinor: 0, paidDate: "2024-01-21" }),
    inv("2024-01-01", 300, {
      dueDate: "2024-01-31",
      status: "paid",
      balanceMinor: 0,
      paidDate: "2024-02-10",
      disputed: true,
    }),
    inv("2024-01-15", 600, { dueDate: "2024-02-14" }),
    inv("2024-03-01", 400, { dueDate: "2024-03-31" }),
  ];
  it("averages days to pay plain and amount-weighted, and days late", () => {
    // 20 and 40 days; weighted (20×100 + 40×300)/400 = 35; late 0 and 10 → 5.
    expect(daysToPay(ledger, "2024-01-01", "2024-02-29")).toEqual({
      invoices: 2,
      averageDaysToPay: 30,
      weightedDaysToPay: 35,
      averageDaysLate: 5,
    });
  });
  it("shares AR over 60 and 90 days past due", () => {
    // On 2024-05-01: 600 is 77 days past due, 400 is 31 days → over 60: 0.6, over 90: 0.
    expect(shareOver(ledger, "2024-05-01", 60)).toBe(0.6);
    expect(shareOver(ledger, "2024-05-01", 90)).toBe(0);
  });
  it("rates disputes among invoices issued in the period", () => {
    expect(disputeRate(ledger, "2024-01-01", "2024-01-31")).toBe(0.3333);
    expect(disputeRate(ledger, "2025-01-01", "2025-01-31")).toBeNull();
  });
});
