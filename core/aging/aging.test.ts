import { describe, expect, it } from "vitest";
import type { Invoice } from "../domain/types";
import { agingReport, bucketFor, DEFAULT_BUCKETS } from "./aging";
import { balanceAsOf, indexReductions } from "./balance";

const inv = (over: Partial<Invoice> & Pick<Invoice, "id" | "clientId">): Invoice => ({
  tenantId: "t",
  number: over.id,
  invoiceDate: "2024-01-01",
  dueDate: "2024-01-31",
  amountMinor: 10000,
  balanceMinor: 10000,
  currency: "USD",
  status: "open",
  disputed: false,
  ...over,
});

describe("bucketFor", () => {
  it.each([
    [-5, "current"],
    [0, "current"],
    [1, "d1_30"],
    [30, "d1_30"],
    [31, "d31_60"],
    [90, "d61_90"],
    [120, "d91_120"],
    [121, "d120_plus"],
  ])("%i days past due → %s", (days, id) => expect(bucketFor(days).id).toBe(id));
});

describe("balanceAsOf", () => {
  const paid = inv({ id: "p", clientId: "c", status: "paid", balanceMinor: 0, paidDate: "2024-02-10" });
  it("counts a settled invoice until its settlement day", () => {
    expect(balanceAsOf(paid, "2023-12-31")).toBe(0);
    expect(balanceAsOf(paid, "2024-02-09")).toBe(10000);
    expect(balanceAsOf(paid, "2024-02-10")).toBe(0);
  });
  it("replays partial payments dated on or before the day", () => {
    const open = inv({ id: "o", clientId: "c", balanceMinor: 4000 });
    const ledger = indexReductions(
      [
        {
          tenantId: "t",
          id: "pay1",
          receivedDate: "2024-02-01",
          amountMinor: 6000,
          currency: "USD",
          applications: [{ invoiceId: "o", amountMinor: 6000 }],
          unappliedMinor: 0,
        },
      ],
      [],
    );
    expect(balanceAsOf(open, "2024-01-31", ledger)).toBe(10000);
    expect(balanceAsOf(open, "2024-02-01", ledger)).toBe(4000);
  });
});

describe("agingReport", () => {
  const clients = new Map([
    ["a", { id: "a", name: "Acme", collectorId: "u1", billingPartnerId: "p1" }],
    ["b", { id: "b", name: "Bolt", collectorId: "u2", billingPartnerId: "p1" }],
  ]);
  const invoices = [
    inv({ id: "1", clientId: "a", dueDate: "2024-03-01", amountMinor: 12345, balanceMinor: 12345 }),
    inv({ id: "2", clientId: "a", dueDate: "2024-01-15", amountMinor: 1, balanceMinor: 1 }),
    inv({ id: "3", clientId: "b", dueDate: "2023-10-01", amountMinor: 99999, balanceMinor: 50000 }),
    inv({ id: "4", clientId: "b", status: "paid", balanceMinor: 0, paidDate: "2024-01-20" }),
  ];
  it("ages by client with exact totals as of a day", () => {
    const r = agingReport({ invoices, clients }, "2024-02-14", "client");
    expect(r.openInvoiceCount).toBe(3);
    expect(r.grandTotalMinor).toBe(62346);
    expect(r.grandTotal).toBe("623.46");
    expect(r.rows.map((x) => [x.key, x.totalMinor])).toEqual([
      ["b", 50000],
      ["a", 12346],
    ]);
    expect(r.rows[1]?.buckets).toEqual({ current: 12345, d1_30: 1, d31_60: 0, d61_90: 0, d91_120: 0, d120_plus: 0 });
    expect(r.rows[0]?.buckets.d120_plus).toBe(50000);
  });
  it("groups by partner and collector", () => {
    expect(agingReport({ invoices, clients }, "2024-02-14", "partner").rows.map((x) => x.key)).toEqual(["p1"]);
    expect(agingReport({ invoices, clients }, "2024-02-14", "collector").rows.map((x) => x.key)).toEqual(["u2", "u1"]);
  });
  it("accepts custom buckets", () => {
    const buckets = [
      { id: "notdue", label: "Not due", minDays: null, maxDays: 0 },
      { id: "late", label: "Late", minDays: 1, maxDays: null },
    ];
    const r = agingReport({ invoices, clients }, "2024-02-14", "client", buckets);
    expect(r.totals[0]?.buckets).toEqual({ notdue: 12345, late: 50001 });
    expect(DEFAULT_BUCKETS).toHaveLength(6);
  });
});
