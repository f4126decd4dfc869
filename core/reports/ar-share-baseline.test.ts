import { describe, expect, it } from "vitest";
import { indexReductions } from "../aging/balance";
import type { Invoice } from "../domain/types";
import { arShareBaseline, weeklyPointsBetween } from "./ar-share-baseline";

const inv = (id: string, dueDate: string, amountMinor: number, extra: Partial<Invoice> = {}): Invoice => ({
  tenantId: "t",
  id,
  clientId: "c",
  number: id,
  invoiceDate: "2026-01-01",
  dueDate,
  amountMinor,
  balanceMinor: amountMinor,
  currency: "USD",
  status: "open",
  disputed: false,
  ...extra,
});

describe("weeklyPointsBetween", () => {
  it.each([
    ["2026-06-01", "2026-06-15", ["2026-06-01", "2026-06-08", "2026-06-15"]],
    ["2026-06-02", "2026-06-15", ["2026-06-08", "2026-06-15"]],
    ["2026-06-16", "2026-06-15", []],
  ])("%s to %s", (from, to, expected) => {
    expect(weeklyPointsBetween(from, to)).toEqual(expected);
  });
});

describe("arShareBaseline", () => {
  it("averages the weekly shares over 30/60/90 days in each window", () => {
    // One invoice of 100 due 2026-01-31, paid 2026-05-01; one of 100 due 2026-05-31 still open.
    const invoices = [
      inv("a", "2026-01-31", 100, { status: "paid", balanceMinor: 0, paidDate: "2026-05-01" }),
      inv("b", "2026-05-31", 100),
    ];
    const r = arShareBaseline(invoices, indexReductions([], []), "2026-05-01", "2026-07-15", 14);
    // Before: points 2026-04-23 and 2026-04-30; both are owed, "a" 82 and 89 days late (over 30 and 60, not 90),
    // "b" not yet due: half the AR each time.
    expect(r.before).toMatchObject({
      from: "2026-04-17",
      to: "2026-04-30",
      points: 2,
      over30: 0.5,
      over60: 0.5,
      over90: 0,
    });
    // After: 11 weekly points ending 2026-07-15 back to 2026-05-06; "a" is paid, "b" alone is owed and more than
    // 30 days late on 07-01 (31), 07-08 (38) and 07-15 (45).
    expect(r.after).toMatchObject({
      from: "2026-05-01",
      to: "2026-07-15",
      points: 11,
      over30: 0.2727,
      over60: 0,
      over90: 0,
    });
    expect(r.change).toEqual({ over30: -0.2273, over60: -0.5, over90: 0 });
  });
});
