import { describe, expect, it } from "vitest";
import { agingReport } from "../aging/aging";
import { indexReductions } from "../aging/balance";
import { addDays } from "../domain/dates";
import type { Invoice, Payment } from "../domain/types";
import { cei, dsoCountback, shareOver } from "../measures/measures";
import { portfolioTrend, weeklyDates } from "./portfolio-trend";

const inv = (id: string, invoiceDate: string, dueDate: string, amountMinor: number, extra: Partial<Invoice> = {}) =>
  ({
    tenantId: "t",
    id,
    clientId: "c1",
    number: id,
    invoiceDate,
    dueDate,
    amountMinor,
    balanceMinor: amountMinor,
    currency: "USD",
    status: "open",
    disputed: false,
    ...extra,
  }) as Invoice;

describe("weeklyDates", () => {
  it.each([
    ["2026-11-23", 1, ["2026-11-23"]],
    ["2026-11-23", 3, ["2026-11-09", "2026-11-16", "2026-11-23"]],
  ])("%s × %i weeks", (asOf, weeks, expected) => {
    expect(weeklyDates(asOf, weeks)).toEqual(expected);
  });
});

describe("portfolioTrend", () => {
  it("ages a small ledger at two days, with a partial payment replayed on its day", () => {
    const invoices = [
      inv("a", "2026-01-01", "2026-01-31", 10_000),
      inv("b", "2026-02-01", "2026-03-03", 5_000, { status: "paid", balanceMinor: 0, paidDate: "2026-03-20" }),
    ];
    const payments: Payment[] = [
      {
        tenantId: "t",
        id: "p1",
        receivedDate: "2026-03-10",
        amountMinor: 4_000,
        currency: "USD",
        applications: [{ invoiceId: "a", amountMinor: 4_000 }],
        unappliedMinor: 0,
      },
      {
        tenantId: "t",
        id: "p2",
        receivedDate: "2026-03-20",
        amountMinor: 5_000,
        currency: "USD",
        applications: [{ invoiceId: "b", amountMinor: 5_000 }],
        unappliedMinor: 0,
      },
    ];
    const [early, late] = portfolioTrend(invoices, indexReductions(payments, []), ["2026-03-01", "2026-03-15"]);
    // 1 March: a is 29 days late (10,000), b not yet due (5,000).
    expect(early).toMatchObject({
      totalMinor: 15_000,
      overdueMinor: 10_000,
      buckets: { current: 5_000, d1_30: 10_000 },
      shareOver30: 0,
    });
    // 15 March: a is 43 days late with 6,000 left; b 12 days late.
    expect(late).toMatchObject({
      totalMinor: 11_000,
      overdueMinor: 11_000,
      buckets: { current: 0, d1_30: 5_000, d31_60: 6_000 },
      shareOver30: 0.5455,
      shareOver60: 0,
    });
  });

  it("equals the one-day measures at every point of a generated ledger", () => {
    let seed = 7;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const invoices: Invoice[] = [];
    const payments: Payment[] = [];
    for (let k = 0; k < 400; k++) {
      const invoiceDate = addDays("2025-01-01", Math.floor(rnd() * 600));
      const dueDate = addDays(invoiceDate, 30);
      const amount = 1_000 + Math.floor(rnd() * 90_000);
      const r = rnd();
      if (r < 0.6) {
        const paidDate = addDays(dueDate, Math.floor(rnd() * 120) - 20);
        invoices.push(inv(`i${k}`, invoiceDate, dueDate, amount, { status: "paid", balanceMinor: 0, paidDate }));
        payments.push({
          tenantId: "t",
          id: `p${k}`,
          receivedDate: paidDate,
          amountMinor: amount,
          currency: "USD",
          applications: [{ invoiceId: `i${k}`, amountMinor: amount }],
          unappliedMinor: 0,
        });
      } else if (r < 0.75) {
        const part = Math.floor(amount / 3);
        invoices.push(inv(`i${k}`, invoiceDate, dueDate, amount, { balanceMinor: amount - part }));
        payments.push({
          tenantId: "t",
          id: `p${k}`,
          receivedDate: addDays(invoiceDate, 40),
          amountMinor: part,
          currency: "USD",
          applications: [{ invoiceId: `i${k}`, amountMinor: part }],
          unappliedMinor: 0,
        });
      } else invoices.push(inv(`i${k}`, invoiceDate, dueDate, amount));
    }
    const ledger = indexReductions(payments, []);
    const dates = weeklyDates("2026-08-20", 12);
    const points = portfolioTrend(invoices, ledger, dates, { periodDays: 90 });
    points.forEach((p, k) => {
      const day = dates[k]!;
      const aging = agingReport({ invoices, clients: new Map(), ledger }, day);
      expect(p.totalMinor).toBe(aging.grandTotalMinor);
      expect(p.buckets).toEqual(aging.totals[0]?.buckets ?? p.buckets);
      expect(p.dsoDays).toBe(dsoCountback(invoices, day, ledger));
      expect(p.ceiPercent).toBe(cei(invoices, addDays(day, -89), day, ledger));
      expect(p.shareOver30).toBe(shareOver(invoices, day, 30, ledger));
      expect(p.shareOver60).toBe(shareOver(invoices, day, 60, ledger));
      expect(p.shareOver90).toBe(shareOver(invoices, day, 90, ledger));
    });
    expect(points.some((p) => p.totalMinor > 0 && (p.ceiPercent ?? 0) > 0)).toBe(true);
  });

  it("skips DSO and CEI when rates are not asked for", () => {
    const [p] = portfolioTrend([inv("a", "2026-01-01", "2026-01-31", 100)], undefined, ["2026-03-01"], {
      rates: false,
    });
    expect(p).toMatchObject({ totalMinor: 100, dsoDays: null, ceiPercent: null, shareOver90: 0 });
  });
});
