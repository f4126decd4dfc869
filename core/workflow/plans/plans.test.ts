import { describe, expect, it } from "vitest";
import type { Payment } from "../../domain/types";
import { allocateOldestFirst, paidTowardPlan, planProgress, statusAfter } from "./progress";
import { buildInstallments } from "./schedule";

describe("installment schedules reconcile to the cent", () => {
  it.each([
    [100_000, 3, [33_334, 33_333, 33_333]],
    [100_001, 4, [25_001, 25_000, 25_000, 25_000]],
    [1_000_003, 6, [166_668, 166_667, 166_667, 166_667, 166_667, 166_667]],
    [5, 5, [1, 1, 1, 1, 1]],
  ])("%i split evenly into %i", (total, count, expected) => {
    const built = buildInstallments({ totalMinor: total, startDate: "2026-12-01", cadence: "monthly", count }, 24);
    expect(built.ok && built.value.map((i) => i.amountMinor)).toEqual(expected);
    expect(built.ok && built.value.reduce((s, i) => s + i.amountMinor, 0)).toBe(total);
  });

  it.each([
    ["monthly", "2026-01-31", ["2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30"]],
    ["biweekly", "2026-12-01", ["2026-12-01", "2026-12-15", "2026-12-29", "2027-01-12"]],
    ["weekly", "2026-12-28", ["2026-12-28", "2027-01-04", "2027-01-11", "2027-01-18"]],
  ] as const)("%s from %s", (cadence, start, dates) => {
    const built = buildInstallments({ totalMinor: 400, startDate: start, cadence, count: 4 }, 24);
    expect(built.ok && built.value.map((i) => i.dueDate)).toEqual(dates);
  });

  it("takes custom amounts that add up, and refuses ones that do not, naming both totals", () => {
    const good = buildInstallments(
      { totalMinor: 150_000, startDate: "2026-12-01", cadence: "monthly", amounts: [50_000, 25_000, 75_000] },
      24,
    );
    expect(good.ok && good.value).toEqual([
      { seq: 1, dueDate: "2026-12-01", amountMinor: 50_000 },
      { seq: 2, dueDate: "2027-01-01", amountMinor: 25_000 },
      { seq: 3, dueDate: "2027-02-01", amountMinor: 75_000 },
    ]);
    const short = buildInstallments(
      { totalMinor: 150_000, startDate: "2026-12-01", cadence: "monthly", amounts: [50_000, 99_999] },
      24,
    );
    expect(short).toMatchObject({
      ok: false,
      code: "VALIDATION",
      message: "installments add up to 1499.99, the plan total is 1500.00",
    });
    expect(
      buildInstallments({ totalMinor: 100, startDate: "2026-12-01", cadence: "monthly", amounts: [50, 50.5] }, 24).ok,
    ).toBe(false);
    expect(
      buildInstallments({ totalMinor: 100, startDate: "2026-12-01", cadence: "monthly", count: 30 }, 24),
    ).toMatchObject({ ok: false, message: "at most 24 installments are allowed" });
  });
});

describe("payments applied oldest first", () => {
  it.each([
    [100, [30, 50, 40], [30, 50, 20], 0],
    [200, [30, 50, 40], [30, 50, 40], 80],
    [0, [30, 50], [0, 0], 0],
    [35, [30, 50], [30, 5], 0],
  ])("%i over %o", (amount, needs, allocated, leftover) => {
    expect(allocateOldestFirst(amount, needs)).toEqual({ allocated, leftoverMinor: leftover });
  });

  const plan = {
    totalMinor: 90_000,
    installments: [
      { seq: 1, dueDate: "2026-12-01", amountMinor: 30_000 },
      { seq: 2, dueDate: "2027-01-01", amountMinor: 30_000 },
      { seq: 3, dueDate: "2027-02-01", amountMinor: 30_000 },
    ],
  };
  const policy = { missedGraceDays: 5, defaultAfterMissed: 2 };

  it.each([
    ["nothing paid, first not yet late", 0, "2026-12-06", ["due", "due", "due"], 90_000, "active"],
    ["nothing paid, grace over", 0, "2026-12-07", ["missed", "due", "due"], 90_000, "active"],
    ["first paid, second partly", 45_000, "2027-01-03", ["paid", "partial", "due"], 45_000, "active"],
    ["second short after its grace", 45_000, "2027-01-07", ["paid", "missed", "due"], 45_000, "active"],
    ["two missed: defaulted", 10_000, "2027-01-07", ["missed", "missed", "due"], 80_000, "defaulted"],
    ["paid in full early", 90_000, "2026-12-15", ["paid", "paid", "paid"], 0, "completed"],
  ])("%s", (_name, paid, asOf, states, balance, status) => {
    const progress = planProgress(plan, paid, asOf, policy);
    expect(progress.installments.map((i) => i.state)).toEqual(states);
    expect(progress.balanceMinor).toBe(balance);
    expect(statusAfter(progress, policy)).toBe(status);
  });

  it("counts applications to the plan's invoices received from the plan's start to the day", () => {
    const pay = (id: string, date: string, apps: [string, number][]): Payment => ({
      tenantId: "t",
      id,
      receivedDate: date,
      amountMinor: apps.reduce((s, [, a]) => s + a, 0),
      currency: "USD",
      applications: apps.map(([invoiceId, amountMinor]) => ({ invoiceId, amountMinor })),
      unappliedMinor: 0,
    });
    const payments = [
      pay("p0", "2026-11-20", [["I1", 5_000]]), // before the plan
      pay("p1", "2026-12-01", [
        ["I1", 20_000],
        ["I9", 7_000],
      ]), // I9 is not on the plan
      pay("p2", "2026-12-20", [["I2", 12_500]]),
      pay("p3", "2027-01-05", [["I2", 1_000]]), // after the day asked
    ];
    expect(paidTowardPlan({ invoiceIds: ["I1", "I2"], countFrom: "2026-11-25" }, payments, "2026-12-31")).toBe(32_500);
  });
});
