/**
 * Point-in-time history of a client, for any (invoice, day t) query: only what was known before t.
 * Settled = the client's other invoices paid before t; open = issued before t and unpaid at t;
 * activity = events known before t. One sweep per client over invoices sorted once: O(n log n).
 */
import { paceCovariates } from "./covariates";
import { type Ledger, DISPUTED, REJECTED } from "./ledger";
import { DayHeap } from "./min-heap";
import { orderByGroupThenDay } from "./order";
import type { Scratch } from "./scratch";
import type { EventLists, Signals } from "./signals";

/** Point-in-time facts per query (see `computeHistory`). */
export const HISTORY_COLUMNS = [
  ...["settled", "sumDays", "sumPaper", "sumPortal", "sumLogAmount", "sumTerms", "disputes", "late"],
  ...["recentNum", "recentDen", "last6", "last6Late", "last6DaysLate", "issuedBefore", "usualAmount"],
  ...["openCount", "openAmount", "openMaxDaysPastDue", "rejected", "reminders90", "promisesKept"],
  ...["promisesBroken", "lastBrokenDay", "disputesRaised", "lastDisputeDay"],
] as const;
export type HistoryColumn = (typeof HISTORY_COLUMNS)[number];
export type HistoryTable = { readonly rows: number } & Record<HistoryColumn, Float64Array>;

/** Weight of each older settled invoice in the recent late share (0.7: the last ~3 dominate). */
export const RECENCY_DECAY = 0.7;
/** Reminders count over the last 90 days, raised disputes over the last year. */
export const REMINDER_WINDOW_DAYS = 90;
export const DISPUTE_WINDOW_DAYS = 365;

/** Pointers into one client's events for the window [t - width, t). */
class EventWindow {
  private first = 0;
  private lo = 0;
  private hi = 0;
  private end = 0;
  constructor(
    private readonly list: EventLists,
    private readonly width: number,
  ) {}
  reset(client: number): void {
    this.first = this.list.start[client]!;
    this.lo = this.first;
    this.hi = this.first;
    this.end = this.list.start[client + 1]!;
  }
  /** Moves to day t (non-decreasing) and returns the number of events in the window. */
  count(t: number): number {
    while (this.hi < this.end && this.list.day[this.hi]! < t) this.hi += 1;
    while (this.lo < this.hi && this.list.day[this.lo]! < t - this.width) this.lo += 1;
    return this.hi - this.lo;
  }
  /** Day of the latest event before the current t, NaN when none. */
  lastDay(): number {
    return this.hi > this.first ? this.list.day[this.hi - 1]! : Number.NaN;
  }
}

function allocate(rows: number, scratch: Scratch | undefined, prefix: string): HistoryTable {
  const table: Record<string, Float64Array | number> = { rows };
  for (const name of HISTORY_COLUMNS) {
    table[name] = scratch ? scratch.take(`${prefix}.${name}`, rows) : new Float64Array(rows);
  }
  return table as HistoryTable;
}

/**
 * History for queries (invoice row `inv[k]` scored on day `t[k]`); with `scratch`, the columns
 * are reused buffers named after `prefix`. A query's own invoice never counts
 * as history: at issue it is not yet issued before t, and when scored while open it is left out of
 * the open counts. Precondition: a queried invoice is not settled before its scoring day.
 */
export function computeHistory(
  ledger: Ledger,
  signals: Signals,
  inv: Int32Array,
  t: Int32Array,
  scratch?: Scratch,
  prefix = "history",
): HistoryTable {
  const out = allocate(inv.length, scratch, prefix);
  const clients = ledger.clientIds.length;
  const queryClient = new Int32Array(inv.length);
  for (let k = 0; k < inv.length; k += 1) queryClient[k] = ledger.client[inv[k]!]!;
  const order = orderByGroupThenDay(queryClient, t, clients);
  const { byPaid, paid, issued, due, amount, flags } = ledger;
  const heap = new DayHeap(due);
  const cov = new Float64Array(4);
  const sums = new Float64Array(7); // days to settle, paper, portal, log amount, terms, disputes, late
  const reminders = new EventWindow(signals.reminders, REMINDER_WINDOW_DAYS);
  const disputes = new EventWindow(signals.disputes, DISPUTE_WINDOW_DAYS);
  const kept = new EventWindow(signals.promisesKept, Number.POSITIVE_INFINITY);
  const broken = new EventWindow(signals.promisesBroken, Number.POSITIVE_INFINITY);
  let k = 0;
  while (k < order.length) {
    const c = queryClient[order[k]!]!;
    const start = ledger.clientStart[c]!;
    const end = ledger.clientStart[c + 1]!;
    let pPaid = start;
    let pIssue = start;
    let settled = 0;
    let settledAmount = 0;
    let issuedCount = 0;
    let issuedAmount = 0;
    let rejected = 0;
    let recentNum = 0;
    let recentDen = 0;
    sums.fill(0);
    heap.clear();
    reminders.reset(c);
    disputes.reset(c);
    kept.reset(c);
    broken.reset(c);
    for (; k < order.length && queryClient[order[k]!]! === c; k += 1) {
      const q = order[k]!;
      const day = t[q]!;
      const self = inv[q]!;
      for (; pPaid < end && paid[byPaid[pPaid]!]! < day; pPaid += 1) {
        const r = byPaid[pPaid]!;
        const isLate = paid[r]! > due[r]! ? 1 : 0;
        paceCovariates(ledger, r, cov);
        sums[0]! += paid[r]! - issued[r]!;
        for (let j = 0; j < 4; j += 1) sums[j + 1]! += cov[j]!;
        sums[5]! += flags[r]! & DISPUTED ? 1 : 0;
        sums[6]! += isLate;
        recentNum = RECENCY_DECAY * recentNum + isLate;
        recentDen = RECENCY_DECAY * recentDen + 1;
        settled += 1;
        settledAmount += amount[r]!;
      }
      for (; pIssue < end && issued[pIssue]! < day; pIssue += 1) {
        const r = pIssue;
        issuedCount += 1;
        issuedAmount += amount[r]!;
        rejected += flags[r]! & REJECTED ? 1 : 0;
        // Already paid before this query: never open again for the later queries either.
        if (paid[r]! >= day) heap.push(r);
      }
      while (heap.size > 0 && paid[heap.peek()]! < day) heap.pop();
      const selfOpen = issued[self]! < day && paid[self]! >= day ? 1 : 0;
      let oldest = heap.peek();
      if (oldest === self) {
        heap.pop();
        while (heap.size > 0 && paid[heap.peek()]! < day) heap.pop();
        oldest = heap.peek();
        heap.push(self);
      }
      out.settled[q] = settled;
      out.sumDays[q] = sums[0]!;
      out.sumPaper[q] = sums[1]!;
      out.sumPortal[q] = sums[2]!;
      out.sumLogAmount[q] = sums[3]!;
      out.sumTerms[q] = sums[4]!;
      out.disputes[q] = sums[5]!;
      out.late[q] = sums[6]!;
      out.recentNum[q] = recentNum;
      out.recentDen[q] = recentDen;
      let last6 = 0;
      let last6Late = 0;
      let last6DaysLate = 0;
      for (let p = Math.max(start, pPaid - 6); p < pPaid; p += 1) {
        const r = byPaid[p]!;
        last6 += 1;
        if (paid[r]! > due[r]!) {
          last6Late += 1;
          last6DaysLate += paid[r]! - due[r]!;
        }
      }
      out.last6[q] = last6;
      out.last6Late[q] = last6Late;
      out.last6DaysLate[q] = last6DaysLate;
      const others = issuedCount - selfOpen;
      out.issuedBefore[q] = others;
      out.usualAmount[q] = others > 0 ? (issuedAmount - selfOpen * amount[self]!) / others : 0;
      out.openCount[q] = issuedCount - settled - selfOpen;
      out.openAmount[q] = issuedAmount - settledAmount - selfOpen * amount[self]!;
      out.openMaxDaysPastDue[q] = oldest >= 0 && due[oldest]! < day ? day - due[oldest]! : 0;
      out.rejected[q] = rejected - (selfOpen && flags[self]! & REJECTED ? 1 : 0);
      out.reminders90[q] = reminders.count(day);
      out.promisesKept[q] = kept.count(day);
      out.promisesBroken[q] = broken.count(day);
      out.lastBrokenDay[q] = broken.lastDay();
      out.disputesRaised[q] = disputes.count(day);
      out.lastDisputeDay[q] = disputes.lastDay();
    }
  }
  return out;
}

/** Rows [offset, offset + rows) of a table, as views (no copy). */
export function historySlice(table: HistoryTable, offset: number, rows: number): HistoryTable {
  const out: Record<string, Float64Array | number> = { rows };
  for (const name of HISTORY_COLUMNS) out[name] = table[name].subarray(offset, offset + rows);
  return out as HistoryTable;
}
