import { describe, expect, it } from "vitest";
import { addDays } from "../domain/dates";
import type { Invoice } from "../domain/types";
import { dayOf } from "./day";
import { toLedger } from "./ledger";
import { fitPace, neverPaidShare } from "./pace";
import { mulberry32, normal } from "./testing/prng";
import { invoice } from "./testing/fixtures";

/** 200 clients with paces 15-45 days; paper adds 7 days, a dispute 15, a doubling of amount 2. */
function synthetic(): Invoice[] {
  const random = mulberry32(5);
  const out: Invoice[] = [];
  for (let c = 0; c < 200; c += 1) {
    const pace = 15 + 30 * random();
    for (let i = 0; i < 25; i += 1) {
      const paper = random() < 0.5;
      const disputed = random() < 0.2;
      const amount = Math.round(100_000 * 2 ** (2 * random()));
      const days = pace + (paper ? 7 : 0) + (disputed ? 15 : 0) + 2 * Math.log2(amount / 100_000) + 4 * normal(random);
      const issued = addDays("2023-01-01", Math.floor(random() * 300));
      out.push(
        invoice({
          client: `c${c}`,
          number: `${c}-${i}`,
          issued,
          paid: addDays(issued, Math.max(0, Math.round(days))),
          amount,
          disputed,
          delivery: paper ? "paper" : "electronic",
        }),
      );
    }
  }
  return out;
}

describe("fitPace", () => {
  const invoices = synthetic();
  const ledger = toLedger(invoices);
  const model = fitPace(ledger, Int32Array.from(invoices.keys()), dayOf("2024-06-01"));

  it("recovers within-client effects in days", () => {
    expect(model.coefficients[0]).toBeCloseTo(7, 0); // paper
    expect(model.coefficients[1]).toBe(0); // no portal invoices: no effect
    expect(model.coefficients[2]! * Math.LN2).toBeCloseTo(2, 0); // per doubling of the amount
    expect(model.disputeDays).toBeCloseTo(15, 0);
    expect(model.residualSd).toBeCloseTo(4, 0);
  });

  it("estimates how much clients differ and how much history outweighs the firm's pace", () => {
    // paces uniform on 15-45 days: sd 30 / sqrt(12) = 8.7
    expect(model.clientSd).toBeGreaterThan(7.5);
    expect(model.clientSd).toBeLessThan(10);
    expect(model.priorStrength).toBeCloseTo(model.residualSd ** 2 / model.clientSd ** 2, 10);
    expect(model.disputeRate).toBeCloseTo(0.2, 1);
    expect(model.neverPaidShare).toBe(0);
  });
});

describe("neverPaidShare", () => {
  it("counts invoices still unpaid 180 days after issue", () => {
    const ledger = toLedger([
      invoice({ number: "1", issued: "2024-01-01", paid: "2024-02-01" }),
      invoice({ number: "2", issued: "2024-01-01" }),
      invoice({ number: "3", issued: "2024-01-01", status: "written-off" }),
      invoice({ number: "4", issued: "2024-01-01", paid: "2024-09-01" }),
      invoice({ number: "5", issued: "2024-06-01" }), // too recent to judge
    ]);
    // on 2024-08-01: 4 mature invoices, 3 unpaid then (2, 3, and 4 which was paid later)
    expect(neverPaidShare(ledger, dayOf("2024-08-01"))).toBe(0.75);
  });
});
