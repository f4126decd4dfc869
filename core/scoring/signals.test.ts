import { describe, expect, it } from "vitest";
import { NEVER, dayOf } from "./day";
import { toLedger } from "./ledger";
import { type EventLists, toSignals } from "./signals";
import { interaction, invoice } from "./testing/fixtures";

const invoices = [
  invoice({ number: "1", issued: "2024-01-01", paid: "2024-02-05" }),
  invoice({ number: "2", issued: "2024-01-01", paid: "2024-02-20" }),
  invoice({ number: "3", issued: "2024-01-01" }),
  invoice({ client: "beta", number: "7", issued: "2024-01-01" }),
];

function days(list: EventLists, client: number): string[] {
  return Array.from(list.day.subarray(list.start[client]!, list.start[client + 1]!), (d) =>
    new Date(d * 86_400_000).toISOString().slice(0, 10),
  );
}

describe("toSignals", () => {
  const ledger = toLedger(invoices);
  const signals = toSignals(ledger, invoices, [
    interaction("email-sent", "2024-02-03"),
    interaction("letter", "2024-01-20"),
    interaction("note", "2024-01-21"),
    // kept: paid 2024-02-05, on or before the promised 2024-02-10; known on the payment day
    interaction("promise", "2024-02-01", { invoices: ["acme|1"], data: { promisedDate: "2024-02-10" } }),
    // broken: paid 2024-02-20, after the promised 2024-02-10; known the day after the promise
    interaction("promise", "2024-02-01", { invoices: ["acme|2"], data: { promisedDate: "2024-02-10" } }),
    // no promised date: judged a week after it was made; still unpaid, so broken on 2024-03-09
    interaction("promise", "2024-03-01", { invoices: ["acme|3"] }),
    // an explicit outcome wins and is known when logged
    interaction("promise", "2024-03-05", { client: "beta", data: { outcome: "kept" } }),
    interaction("dispute", "2024-01-15", { invoices: ["acme|3"] }),
    interaction("dispute", "2024-01-10", { invoices: ["acme|3"] }),
    interaction("call", "2024-01-02", { client: "unknown-client" }),
  ]);
  const acme = ledger.clientIndex.get("acme")!;
  const beta = ledger.clientIndex.get("beta")!;

  it("dates reminders, promises and disputes by the day they became known", () => {
    expect(days(signals.reminders, acme)).toEqual(["2024-01-20", "2024-02-03"]);
    expect(days(signals.promisesKept, acme)).toEqual(["2024-02-05"]);
    expect(days(signals.promisesBroken, acme)).toEqual(["2024-02-11", "2024-03-09"]);
    expect(days(signals.promisesKept, beta)).toEqual(["2024-03-05"]);
    expect(days(signals.disputes, acme)).toEqual(["2024-01-10", "2024-01-15"]);
  });

  it("records the first logged dispute per invoice", () => {
    expect(signals.disputeLogged[ledger.rowOf[2]!]).toBe(dayOf("2024-01-10"));
    expect(signals.disputeLogged[ledger.rowOf[0]!]).toBe(NEVER);
  });
});
