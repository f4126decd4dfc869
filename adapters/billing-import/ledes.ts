/**
 * LEDES 1998B e-billing files as invoices. Each line item repeats its invoice's header fields;
 * items are grouped per (CLIENT_ID, INVOICE_NUMBER) into one invoice whose amount is INVOICE_TOTAL.
 * The items must add up to that total to the cent: a client's e-billing portal rejects an invoice
 * that does not, and a rejected e-bill is a common reason for late payment.
 */
import { addDays, isIsoDate } from "../../core/domain/dates";
import { invoiceKey, matterKey } from "../../core/domain/keys";
import type { Client, Invoice, Matter } from "../../core/domain/types";
import { parseAmount, toDecimalString } from "../../core/money/money";
import { byLine, fileFailure, type ParsedImport, type RejectedRow } from "./import-result";
import { type LedesRecord, readLedesFile } from "./ledes-reader";
import { type LedesInvoiceTotals, TYPE_BUCKET, totalsOf } from "./ledes-totals";

export type { LedesInvoiceTotals } from "./ledes-totals";

export interface ParseLedesOptions {
  tenantId: string;
  /** LEDES 1998B carries no currency; USD unless given. */
  currency?: string;
  /** Payment terms: due date = invoice date + termsDays (30 unless given). */
  termsDays?: number;
}

export interface ParsedLedesImport extends ParsedImport {
  lineTotals: LedesInvoiceTotals[];
}

interface Item {
  line: number;
  raw: string;
  reasons: string[];
  get: (field: string) => string;
  invoiceDate?: string;
  invoiceTotal?: number;
  lineTotal?: number;
}

const CONSISTENT = ["INVOICE_DATE", "INVOICE_TOTAL", "LAW_FIRM_MATTER_ID"];

export function parseLedes1998b(text: string, options: ParseLedesOptions): ParsedLedesImport {
  const file = readLedesFile(text);
  if (!file.ok) return { ...fileFailure(file.fileError, file.line, file.raw), lineTotals: [] };
  const currency = (options.currency ?? "USD").toUpperCase();
  const columns = new Map(file.header.map((name, i) => [name, i]));
  const groups = new Map<string, Item[]>();
  const rejects: RejectedRow[] = [];
  for (const record of file.records) {
    const item = readItem(record, file.header, columns, currency);
    const clientId = item.get("CLIENT_ID");
    const number = item.get("INVOICE_NUMBER");
    if (clientId === "" || number === "") {
      rejects.push({ line: item.line, reason: item.reasons.join("; "), raw: item.raw });
      continue;
    }
    const key = invoiceKey(clientId, number);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  if (file.unterminated) {
    const { line, raw } = file.unterminated;
    rejects.push({ line, reason: 'the record does not end with "[]"', raw });
  }

  const clients = new Map<string, Client>();
  const matters = new Map<string, Matter>();
  const invoices: Invoice[] = [];
  const lineTotals: LedesInvoiceTotals[] = [];
  for (const [id, items] of groups) {
    const first = items[0] as Item;
    const number = first.get("INVOICE_NUMBER");
    checkInvoice(items, number, currency);
    const bad = items.filter((i) => i.reasons.length > 0);
    for (const item of bad) rejects.push({ line: item.line, reason: item.reasons.join("; "), raw: item.raw });
    if (bad.length > 0) continue;

    const clientId = first.get("CLIENT_ID");
    if (!clients.has(clientId)) clients.set(clientId, newClient(options.tenantId, clientId));
    const matterId = matterKey(clientId, first.get("LAW_FIRM_MATTER_ID"));
    if (!matters.has(matterId)) {
      const name = items.map((i) => i.get("CLIENT_MATTER_ID")).find((n) => n !== "") ?? first.get("LAW_FIRM_MATTER_ID");
      matters.set(matterId, { tenantId: options.tenantId, id: matterId, clientId, name });
    }
    const invoiceDate = first.invoiceDate as string;
    const amountMinor = first.invoiceTotal as number;
    invoices.push({
      tenantId: options.tenantId,
      id,
      clientId,
      matterId,
      number,
      invoiceDate,
      dueDate: addDays(invoiceDate, options.termsDays ?? 30),
      amountMinor,
      balanceMinor: amountMinor,
      currency,
      status: "open",
      disputed: false,
      // LEDES exists to be uploaded to the client's e-billing portal.
      delivery: "portal",
    });
    lineTotals.push(totalsOf(id, clientId, number, items, amountMinor, currency));
  }
  rejects.sort(byLine);
  const batch = { clients: [...clients.values()], matters: [...matters.values()], invoices, payments: [] };
  return { batch, rows: file.records.length, skipped: [], rejects, lineTotals };
}

function readItem(record: LedesRecord, header: string[], columns: Map<string, number>, currency: string): Item {
  const item: Item = {
    line: record.line,
    raw: record.raw,
    reasons: [],
    get: (field) => (record.fields[columns.get(field) ?? -1] ?? "").trim(),
  };
  if (record.fields.length !== header.length) {
    item.reasons.push(`line item has ${record.fields.length} fields but the header has ${header.length}`);
    return item;
  }
  for (const field of ["INVOICE_NUMBER", "CLIENT_ID", "LAW_FIRM_MATTER_ID"]) {
    if (item.get(field) === "") item.reasons.push(`missing ${field}`);
  }
  const date = item.get("INVOICE_DATE");
  const iso = `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`;
  if (/^\d{8}$/.test(date) && isIsoDate(iso)) item.invoiceDate = iso;
  else item.reasons.push(`INVOICE_DATE "${date}" is not a YYYYMMDD date`);
  const type = item.get("EXP/FEE/INV_ADJ_TYPE").toUpperCase();
  if (TYPE_BUCKET[type] === undefined) item.reasons.push(`EXP/FEE/INV_ADJ_TYPE "${type}" is not F, E, IF or IE`);
  for (const [field, key] of [
    ["INVOICE_TOTAL", "invoiceTotal"],
    ["LINE_ITEM_TOTAL", "lineTotal"],
  ] as const) {
    const r = parseAmount(item.get(field), { currency });
    if (r.ok) item[key] = r.amountMinor;
    else item.reasons.push(`${field}: ${r.reason}`);
  }
  return item;
}

/** Adds the invoice-level reasons (disagreeing header fields, a bad sibling line, wrong total) to every line. */
function checkInvoice(items: Item[], number: string, currency: string): void {
  const all = (reason: string) => {
    for (const i of items) i.reasons.push(reason);
  };
  for (const field of CONSISTENT) {
    const values = [...new Set(items.map((i) => i.get(field)))];
    if (values.length > 1) all(`the lines of invoice "${number}" disagree on ${field} (${values.join(", ")})`);
  }
  const bad = items.filter((i) => i.reasons.length > 0).map((i) => i.line);
  if (bad.length > 0) {
    for (const i of items) {
      if (i.reasons.length === 0) i.reasons.push(`invoice "${number}" has invalid lines (${bad.join(", ")})`);
    }
    return;
  }
  const sum = items.reduce((s, i) => s + (i.lineTotal ?? 0), 0);
  const total = items[0]?.invoiceTotal ?? 0;
  if (sum !== total) {
    all(
      `the line items of invoice "${number}" add up to ${toDecimalString(sum, currency)} but INVOICE_TOTAL is ${toDecimalString(total, currency)}`,
    );
  }
}

function newClient(tenantId: string, id: string): Client {
  return { tenantId, id, name: id, contacts: [], emailDomains: [], language: "en", preferredChannel: "email" };
}
