/**
 * Collection activity from the audit trail, reduced to dated events per client: reminders sent,
 * disputes raised, promises to pay kept or broken. Each event carries the day it became known, so
 * the feature sweep can take only what was known before the scoring day.
 */
import type { Interaction, InteractionKind, Invoice } from "../domain/types";
import { NEVER, dayOf } from "./day";
import type { Ledger } from "./ledger";
import { groupStarts, orderByGroupThenDay } from "./order";

/** Outbound touches a client sees: what a collector means by "reminders". */
export const REMINDER_KINDS: ReadonlySet<InteractionKind> = new Set(["email-sent", "letter", "sms", "call"]);

/** A promise without a promised date is judged a week after it was made (firms' usual grace). */
export const DEFAULT_PROMISE_DAYS = 7;

/** Days of events per client, compressed: `day[start[c]..start[c+1])` are client c's days, ascending. */
export interface EventLists {
  readonly start: Int32Array;
  readonly day: Int32Array;
}

export interface Signals {
  readonly reminders: EventLists;
  readonly disputes: EventLists;
  readonly promisesKept: EventLists;
  readonly promisesBroken: EventLists;
  /** Per invoice: first day a dispute about it was logged (`NEVER` if none). */
  readonly disputeLogged: Int32Array;
}

class EventCollector {
  readonly clients: number[] = [];
  readonly days: number[] = [];
  add(client: number, day: number): void {
    this.clients.push(client);
    this.days.push(day);
  }
  build(clients: number): EventLists {
    const group = Int32Array.from(this.clients);
    const days = Int32Array.from(this.days);
    const order = orderByGroupThenDay(group, days, clients);
    const day = new Int32Array(order.length);
    for (let i = 0; i < order.length; i += 1) day[i] = days[order[i]!]!;
    return { start: groupStarts(group, clients), day };
  }
}

function promisedDay(record: Interaction, madeOn: number): number {
  const promised = record.data?.promisedDate;
  return typeof promised === "string" ? dayOf(promised) : madeOn + DEFAULT_PROMISE_DAYS;
}

/**
 * Judges a promise from the ledger: kept when every invoice it covers was paid by the promised day
 * (known on the last payment day), broken otherwise (known the day after the promised day). An
 * explicit `data.outcome` of "kept" or "broken" wins and is known when it was logged.
 */
function promiseOutcome(record: Interaction, madeOn: number, ledger: Ledger, rows: number[]): [boolean, number] {
  const outcome = record.data?.outcome;
  if (outcome === "kept" || outcome === "broken") return [outcome === "kept", madeOn];
  const byDay = promisedDay(record, madeOn);
  let lastPaid = madeOn;
  for (const row of rows) {
    const paid = ledger.paid[row]!;
    if (paid > byDay) return [false, byDay + 1];
    lastPaid = Math.max(lastPaid, paid);
  }
  return rows.length > 0 ? [true, lastPaid] : [false, NEVER];
}

/** Ledger rows of the invoices that disputes and promises refer to (only those: a ledger may hold millions). */
function referencedRows(
  ledger: Ledger,
  invoices: readonly Invoice[],
  interactions: readonly Interaction[],
): Map<string, number> {
  const rows = new Map<string, number>();
  for (const record of interactions) {
    if (record.kind !== "dispute" && record.kind !== "promise") continue;
    for (const id of record.invoiceIds ?? []) rows.set(id, -1);
  }
  if (rows.size === 0) return rows;
  invoices.forEach((invoice, i) => {
    if (rows.has(invoice.id)) rows.set(invoice.id, ledger.rowOf[i]!);
  });
  for (const [id, row] of rows) if (row < 0) rows.delete(id);
  return rows;
}

/**
 * Reduces interactions to dated events (interactions of clients the ledger does not know are
 * ignored). Every event is dated by the day it became known, so one set of signals serves any
 * scoring day: the feature sweep takes only events before it.
 */
export function toSignals(ledger: Ledger, invoices: readonly Invoice[], interactions: readonly Interaction[]): Signals {
  const reminders = new EventCollector();
  const disputes = new EventCollector();
  const kept = new EventCollector();
  const broken = new EventCollector();
  const disputeLogged = new Int32Array(ledger.size).fill(NEVER);
  const rowById = referencedRows(ledger, invoices, interactions);
  const rowsOf = (ids: readonly string[] | undefined): number[] =>
    ids === undefined ? [] : ids.flatMap((id) => rowById.get(id) ?? []);
  for (const record of interactions) {
    const client = ledger.clientIndex.get(record.clientId);
    if (client === undefined) continue;
    const day = dayOf(record.at);
    if (REMINDER_KINDS.has(record.kind)) reminders.add(client, day);
    else if (record.kind === "dispute") {
      disputes.add(client, day);
      for (const row of rowsOf(record.invoiceIds)) disputeLogged[row] = Math.min(disputeLogged[row]!, day);
    } else if (record.kind === "promise") {
      const [wasKept, knownOn] = promiseOutcome(record, day, ledger, rowsOf(record.invoiceIds));
      if (knownOn !== NEVER) (wasKept ? kept : broken).add(client, knownOn);
    }
  }
  const clients = ledger.clientIds.length;
  return {
    reminders: reminders.build(clients),
    disputes: disputes.build(clients),
    promisesKept: kept.build(clients),
    promisesBroken: broken.build(clients),
    disputeLogged,
  };
}
