import { describe, expect, it } from "vitest";
import type { Payment } from "../../domain/types";
import { promiseOutcome } from "./promise-outcome";

const pay = (date: string, invoiceId: string, amountMinor: number): Payment => ({
  tenantId: "t",
  id: `${date}-${invoiceId}`,
  receivedDate: date,
  amountMinor,
  currency: "USD",
  applications: [{ invoiceId, amountMinor }],
  unappliedMinor: 0,
});

describe("promise kept or broken, from payments", () => {
  const promise = {
    invoiceIds: ["I1"],
    amountMinor: 50_000,
    promisedDate: "2026-12-10",
    recordedAt: "2026-12-01T15:00:00.000Z",
  };
  it.each([
    [
      "paid in full before the date",
      [pay("2026-12-08", "I1", 50_000)],
      "2026-12-09",
      { status: "kept", keptOn: "2026-12-08", paidMinor: 50_000 },
    ],
    [
      "paid in two parts, the second within grace",
      [pay("2026-12-05", "I1", 20_000), pay("2026-12-12", "I1", 30_000)],
      "2026-12-20",
      { status: "kept", keptOn: "2026-12-12" },
    ],
    [
      "still open before the deadline",
      [pay("2026-12-05", "I1", 20_000)],
      "2026-12-13",
      { status: "open", paidMinor: 20_000, deadline: "2026-12-13" },
    ],
    [
      "broken the day after date + grace",
      [pay("2026-12-05", "I1", 20_000)],
      "2026-12-14",
      { status: "broken", paidMinor: 20_000 },
    ],
    [
      "a payment after the deadline does not keep it",
      [pay("2026-12-15", "I1", 50_000)],
      "2026-12-16",
      { status: "broken", paidMinor: 0 },
    ],
    [
      "a payment to another invoice does not count",
      [pay("2026-12-05", "I2", 50_000)],
      "2026-12-14",
      { status: "broken", paidMinor: 0 },
    ],
    [
      "a payment before the promise does not count",
      [pay("2026-11-30", "I1", 50_000)],
      "2026-12-14",
      { status: "broken" },
    ],
  ])("%s", (_name, payments, asOf, expected) => {
    expect(promiseOutcome(promise, payments, asOf, 3)).toMatchObject(expected);
  });

  it("a promise naming no invoice counts every payment from the client", () => {
    expect(
      promiseOutcome({ ...promise, invoiceIds: [] }, [pay("2026-12-05", "I2", 50_000)], "2026-12-14", 3),
    ).toMatchObject({ status: "kept" });
  });
});
