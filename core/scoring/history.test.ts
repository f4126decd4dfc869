import { describe, expect, it } from "vitest";
import { dayOf } from "./day";
import { computeHistory } from "./history";
import { toLedger } from "./ledger";
import { toSignals } from "./signals";
import { interaction, invoice } from "./testing/fixtures";

// acme: three settled invoices (one late by 10 days, one disputed), one still open, one issued later.
const ledgerInvoices = [
  invoice({ number: "1", issued: "2024-01-01", paid: "2024-01-20", amount: 100_000 }),
  invoice({ number: "2", issued: "2024-01-10", paid: "2024-02-19", amount: 300_000, disputed: true }),
  invoice({ number: "3", issued: "2024-02-01", paid: "2024-03-01", amount: 200_000, delivery: "paper" }),
  invoice({ number: "4", issued: "2024-02-15", amount: 400_000, ebilling: "rejected" }),
  invoice({ number: "5", issued: "2024-03-10", amount: 50_000 }),
  invoice({ client: "other", number: "9", issued: "2024-01-05", paid: "2024-05-01" }),
];
const activity = [
  interaction("email-sent", "2024-01-25"),
  interaction("email-sent", "2023-09-01"),
  interaction("call", "2024-03-01"),
  interaction("dispute", "2024-02-20", { invoices: ["acme|2"] }),
  interaction("promise", "2024-02-01", { invoices: ["acme|2"], data: { promisedDate: "2024-02-10" } }),
];

function historyAt(invoices = ledgerInvoices, number = "5", day = "2024-03-10") {
  const ledger = toLedger(invoices);
  const signals = toSignals(ledger, invoices, activity);
  const row = ledger.rowOf[invoices.findIndex((i) => i.number === number)]!;
  const table = computeHistory(ledger, signals, Int32Array.from([row]), Int32Array.from([dayOf(day)]));
  const pick = Object.fromEntries(Object.entries(table).map(([k, v]) => [k, typeof v === "number" ? v : v[0]]));
  return pick as Record<string, number>;
}

describe("computeHistory at issue (invoice 5 on 2024-03-10)", () => {
  const h = historyAt();

  it.each([
    ["settled", 3],
    ["sumDays", 19 + 40 + 29],
    ["sumPaper", 1],
    ["disputes", 1],
    ["late", 1],
    ["last6", 3],
    ["last6Late", 1],
    ["last6DaysLate", 10],
    ["issuedBefore", 4],
    ["usualAmount", 250_000],
    ["openCount", 1],
    ["openAmount", 400_000],
    // invoice 4 fell due 2024-03-16: not yet past due on 2024-03-10
    ["openMaxDaysPastDue", 0],
    ["rejected", 1],
    // reminders in [2023-12-11, 2024-03-10): 2024-01-25 and 2024-03-01
    ["reminders90", 2],
    // the promise for 2024-02-10 was broken (paid 2024-02-19): known 2024-02-11
    ["promisesBroken", 1],
    ["lastBrokenDay", dayOf("2024-02-11")],
    ["promisesKept", 0],
    ["disputesRaised", 1],
  ])("%s = %d", (column, want) => expect(h[column]).toBe(want));
});

describe("computeHistory for an open invoice on a later day", () => {
  it("leaves the invoice itself out of its own open items", () => {
    const h = historyAt(ledgerInvoices, "4", "2024-04-20");
    expect(h.openCount).toBe(1); // invoice 5 only
    expect(h.openAmount).toBe(50_000);
    expect(h.openMaxDaysPastDue).toBe(11); // invoice 5 fell due 2024-04-09
    expect(h.rejected).toBe(0);
    expect(h.issuedBefore).toBe(4);
  });
});

describe("point in time: nothing after the scoring day changes a score", () => {
  it("ignores later settlements and later invoices", () => {
    const before = historyAt(ledgerInvoices, "3", "2024-02-01");
    const changed = ledgerInvoices.map((inv) => {
      if (inv.number === "2") return { ...inv, paidDate: "2024-04-30" }; // settled later than it was
      if (inv.number === "4") return { ...inv, status: "paid" as const, paidDate: "2024-02-20", balanceMinor: 0 };
      return inv;
    });
    changed.push(invoice({ number: "6", issued: "2024-02-02", paid: "2024-02-03" }));
    expect(historyAt(changed, "3", "2024-02-01")).toEqual(before);
  });
});
