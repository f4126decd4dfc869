/**
 * A compact, column-per-field view of the invoices the model learns from. Objects are read once;
 * everything after works on typed arrays, so a million invoices fit in memory and sweep fast.
 * Rows are stored client by client in issue-day order, so a sweep over one client's history
 * reads memory sequentially instead of jumping across the whole ledger.
 */
import type { Invoice } from "../domain/types";
import { logAmount } from "./log-amount";
import { NEVER, dayOf } from "./day";
import { orderByGroupThenDay, groupStarts } from "./order";

/** Flag bits of `Ledger.flags`: delivery, e-billing rejection, dispute, status. */
export const PAPER = 1;
export const PORTAL = 2;
export const REJECTED = 4;
export const DISPUTED = 8;
/** Status "open" (still owed) and "written-off". */
export const OPEN = 16;
export const WRITTEN_OFF = 32;

export interface Ledger {
  readonly size: number;
  readonly clientIds: readonly string[];
  readonly clientIndex: ReadonlyMap<string, number>;
  /** Index in the input invoice array of each row, and the row of each input invoice. */
  readonly source: Int32Array;
  readonly rowOf: Int32Array;
  /** Client index per row. */
  readonly client: Int32Array;
  readonly issued: Int32Array;
  readonly due: Int32Array;
  /** Day the invoice was settled by payment, as known; `NEVER` while unpaid or written off. */
  readonly paid: Int32Array;
  readonly amount: Float64Array;
  /** `logAmount(amount)`, computed once: the sweeps need it for every settled invoice. */
  readonly logAmount: Float64Array;
  /** What is still owed on the invoice, per its record. */
  readonly balance: Float64Array;
  /** Bit flags: PAPER, PORTAL, REJECTED (e-bill rejected on the portal), DISPUTED, OPEN, WRITTEN_OFF. */
  readonly flags: Uint8Array;
  /** Invoice id and number per row, and currency (index into `currencies`): what scores report. */
  readonly ids: readonly string[];
  readonly numbers: readonly string[];
  readonly currency: Uint16Array;
  readonly currencies: readonly string[];
  /** Rows by (client, paid day), unpaid last. */
  readonly byPaid: Int32Array;
  /** Start of each client's run of rows, also in `byPaid` (length clients + 1). */
  readonly clientStart: Int32Array;
}

function flagsOf(invoice: Invoice): number {
  let f = 0;
  if (invoice.delivery === "paper") f |= PAPER;
  if (invoice.delivery === "portal") f |= PORTAL;
  if (invoice.ebillingStatus === "rejected") f |= REJECTED;
  if (invoice.disputed) f |= DISPUTED;
  if (invoice.status === "open") f |= OPEN;
  if (invoice.status === "written-off") f |= WRITTEN_OFF;
  return f;
}

/**
 * Builds the ledger view. An invoice counts as settled only when its status is `paid` with a paid
 * date (a written-off invoice was never paid: for the model it stays unpaid); a paid date before
 * the invoice date is read as the invoice date, since no one pays an invoice before it exists.
 */
export function toLedger(invoices: readonly Invoice[]): Ledger {
  const size = invoices.length;
  const clientIndex = new Map<string, number>();
  const clientIds: string[] = [];
  const inClient = new Int32Array(size);
  const inIssued = new Int32Array(size);
  for (let i = 0; i < size; i += 1) {
    const inv = invoices[i]!;
    let c = clientIndex.get(inv.clientId);
    if (c === undefined) {
      c = clientIds.length;
      clientIndex.set(inv.clientId, c);
      clientIds.push(inv.clientId);
    }
    inClient[i] = c;
    inIssued[i] = dayOf(inv.invoiceDate);
  }
  const clients = clientIds.length;
  const source = orderByGroupThenDay(inClient, inIssued, clients);
  const rowOf = new Int32Array(size);
  const client = new Int32Array(size);
  const issued = new Int32Array(size);
  const due = new Int32Array(size);
  const paid = new Int32Array(size);
  const amount = new Float64Array(size);
  const logAmounts = new Float64Array(size);
  const balance = new Float64Array(size);
  const flags = new Uint8Array(size);
  const ids: string[] = new Array(size);
  const numbers: string[] = new Array(size);
  const currency = new Uint16Array(size);
  const currencies: string[] = [];
  for (let r = 0; r < size; r += 1) {
    const i = source[r]!;
    const inv = invoices[i]!;
    rowOf[i] = r;
    client[r] = inClient[i]!;
    const issue = inIssued[i]!;
    issued[r] = issue;
    due[r] = dayOf(inv.dueDate);
    paid[r] = inv.status === "paid" && inv.paidDate !== undefined ? Math.max(issue, dayOf(inv.paidDate)) : NEVER;
    amount[r] = inv.amountMinor;
    logAmounts[r] = logAmount(inv.amountMinor);
    balance[r] = inv.balanceMinor;
    flags[r] = flagsOf(inv);
    ids[r] = inv.id;
    numbers[r] = inv.number;
    let k = currencies.indexOf(inv.currency);
    if (k < 0) k = currencies.push(inv.currency) - 1;
    currency[r] = k;
  }
  return {
    size,
    clientIds,
    clientIndex,
    source,
    rowOf,
    client,
    issued,
    due,
    paid,
    amount,
    logAmount: logAmounts,
    balance,
    flags,
    ids,
    numbers,
    currency,
    currencies,
    byPaid: orderByGroupThenDay(client, paid, clients),
    clientStart: groupStarts(client, clients),
  };
}

/**
 * The ledger as it was known on `day`: payments on or after it are not yet known, so those
 * invoices count as unpaid. Training views the ledger at its cutoff so no later outcome leaks in.
 */
export function viewAt(ledger: Ledger, day: number): Ledger {
  const paid = Int32Array.from(ledger.paid, (p) => (p < day ? p : NEVER));
  const clients = ledger.clientIds.length;
  return { ...ledger, paid, byPaid: orderByGroupThenDay(ledger.client, paid, clients) };
}

/** Days from invoice date to payment; the quantity the pace model explains. */
export function daysToSettle(ledger: Ledger, i: number): number {
  return ledger.paid[i]! - ledger.issued[i]!;
}

/** The business label "paid late": settled after the due date. */
export function paidLate(ledger: Ledger, i: number): boolean {
  return ledger.paid[i]! > ledger.due[i]!;
}
