/**
 * Aging: outstanding balances by days past due, in configurable buckets, for any `asOf` day,
 * grouped by client, matter, billing partner or collector.
 */
import { daysBetween } from "../domain/dates";
import type { Client, Invoice, IsoDate } from "../domain/types";
import { toDecimalString } from "../money/money";
import { balanceAsOf, type LedgerIndex } from "./balance";

export interface AgingBucketDef {
  id: string;
  label: string;
  /** Inclusive lower bound of days past due; `null` = no lower bound. */
  minDays: number | null;
  /** Inclusive upper bound; `null` = no upper bound. */
  maxDays: number | null;
}

/** The buckets law firms report by default: current, 1-30, 31-60, 61-90, 91-120, 120+ days past due. */
export const DEFAULT_BUCKETS: AgingBucketDef[] = [
  { id: "current", label: "Current", minDays: null, maxDays: 0 },
  { id: "d1_30", label: "1-30", minDays: 1, maxDays: 30 },
  { id: "d31_60", label: "31-60", minDays: 31, maxDays: 60 },
  { id: "d61_90", label: "61-90", minDays: 61, maxDays: 90 },
  { id: "d91_120", label: "91-120", minDays: 91, maxDays: 120 },
  { id: "d120_plus", label: "120+", minDays: 121, maxDays: null },
];

export type AgingGroupBy = "client" | "matter" | "partner" | "collector";

export function daysPastDue(invoice: Pick<Invoice, "dueDate">, asOf: IsoDate): number {
  return daysBetween(invoice.dueDate, asOf);
}

export function bucketFor(days: number, buckets: AgingBucketDef[] = DEFAULT_BUCKETS): AgingBucketDef {
  const found = buckets.find(
    (b) => (b.minDays === null || days >= b.minDays) && (b.maxDays === null || days <= b.maxDays),
  );
  if (!found) throw new RangeError(`no aging bucket holds ${days} days past due`);
  return found;
}

export interface AgingRow {
  key: string;
  label: string;
  currency: string;
  buckets: Record<string, number>;
  totalMinor: number;
  total: string;
  invoiceCount: number;
  /** Set on client rows so a row can be opened. */
  clientId?: string;
}

export interface AgingReport {
  asOf: IsoDate;
  by: AgingGroupBy;
  buckets: AgingBucketDef[];
  rows: AgingRow[];
  totals: AgingRow[];
  /** Sum over every currency, only meaningful when `totals` has one currency. */
  grandTotalMinor: number;
  grandTotal: string;
  openInvoiceCount: number;
}

export interface AgingInput {
  invoices: Invoice[];
  clients: Map<string, Pick<Client, "id" | "name" | "billingPartnerId" | "collectorId">>;
  matterNames?: Map<string, string>;
  userNames?: Map<string, string>;
  ledger?: LedgerIndex;
}

function groupKey(by: AgingGroupBy, invoice: Invoice, input: AgingInput): { key: string; label: string } {
  const client = input.clients.get(invoice.clientId);
  switch (by) {
    case "client":
      return { key: invoice.clientId, label: client?.name ?? invoice.clientId };
    case "matter": {
      const key = invoice.matterId ?? `${invoice.clientId}|(no matter)`;
      return { key, label: input.matterNames?.get(key) ?? key };
    }
    case "partner": {
      const key = client?.billingPartnerId ?? "(unassigned)";
      return { key, label: input.userNames?.get(key) ?? key };
    }
    case "collector": {
      const key = client?.collectorId ?? "(unassigned)";
      return { key, label: input.userNames?.get(key) ?? key };
    }
  }
}

function emptyRow(key: string, label: string, currency: string, buckets: AgingBucketDef[]): AgingRow {
  return {
    key,
    label,
    currency,
    buckets: Object.fromEntries(buckets.map((b) => [b.id, 0])),
    totalMinor: 0,
    total: "0.00",
    invoiceCount: 0,
  };
}

/**
 * Ages every invoice outstanding at the end of `asOf`. Rows are sorted by total, largest first;
 * `totals` holds one row per currency. Sums are exact integers: the grand total equals the sum of
 * open balances to the cent.
 */
export function agingReport(
  input: AgingInput,
  asOf: IsoDate,
  by: AgingGroupBy = "client",
  buckets: AgingBucketDef[] = DEFAULT_BUCKETS,
): AgingReport {
  const rows = new Map<string, AgingRow>();
  const totals = new Map<string, AgingRow>();
  let openInvoiceCount = 0;
  for (const invoice of input.invoices) {
    const owed = balanceAsOf(invoice, asOf, input.ledger);
    if (owed <= 0) continue;
    openInvoiceCount += 1;
    const bucket = bucketFor(daysPastDue(invoice, asOf), buckets);
    const { key, label } = groupKey(by, invoice, input);
    const rowKey = `${key}\u0000${invoice.currency}`;
    let row = rows.get(rowKey);
    if (!row) {
      row = emptyRow(key, label, invoice.currency, buckets);
      if (by === "client") row.clientId = invoice.clientId;
      rows.set(rowKey, row);
    }
    let total = totals.get(invoice.currency);
    if (!total) {
      total = emptyRow("total", "Total", invoice.currency, buckets);
      totals.set(invoice.currency, total);
    }
    for (const r of [row, total]) {
      r.buckets[bucket.id] = (r.buckets[bucket.id] ?? 0) + owed;
      r.totalMinor += owed;
      r.invoiceCount += 1;
    }
  }
  const finish = (r: AgingRow) => ({ ...r, total: toDecimalString(r.totalMinor, r.currency) });
  const sortedRows = [...rows.values()]
    .map(finish)
    .sort((a, b) => b.totalMinor - a.totalMinor || (a.key < b.key ? -1 : 1));
  const totalRows = [...totals.values()].map(finish).sort((a, b) => (a.currency < b.currency ? -1 : 1));
  const grandTotalMinor = totalRows.reduce((s, r) => s + r.totalMinor, 0);
  return {
    asOf,
    by,
    buckets,
    rows: sortedRows,
    totals: totalRows,
    grandTotalMinor,
    grandTotal: toDecimalString(grandTotalMinor, totalRows[0]?.currency ?? "USD"),
    openInvoiceCount,
  };
}
