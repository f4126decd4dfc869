/**
 * How domain records become Cosmos items and back. Domain types never carry SDK shapes: an item wraps
 * the record in `data`, next to the partition key fields, a `type` discriminator and a few derived
 * lookup fields (lower-cased emails, normalized invoice number) that the queries filter on.
 */
import { normalizeInvoiceNumber } from "../../core/domain/keys";
import type { Client, Invoice, Stamp, User } from "../../core/domain/types";
import { type LedgerKey, type LedgerRecord, normalizeDomain, normalizeEmail } from "../store-support";

export const ITEM_TYPES = {
  users: "user",
  clients: "client",
  matters: "matter",
  invoices: "invoice",
  payments: "payment",
  credits: "credit",
} as const satisfies Record<LedgerKey, string>;

/** Partition for payments not yet matched to a client (the hierarchical key needs a value). */
export const NO_CLIENT = "~none";

export interface BaseItem {
  id: string;
  type: string;
  tenantId: string;
  clientId?: string;
  _etag?: string;
}

export interface RecordItem<T = LedgerRecord> extends BaseItem {
  data: T;
  stamp: Stamp;
  /** Lower-cased contact emails (clients) or the user's email (users). */
  emails?: string[];
  /** Lower-cased email domains (clients). */
  domains?: string[];
  /** `normalizeInvoiceNumber` of the invoice number (invoices). */
  numberKey?: string;
}

/**
 * Item ids are `<type>:<part>:…`. Cosmos forbids `/ \ ? #` in ids, and `:` separates the parts, so
 * those (and the escape character `~`) are escaped; the original ids stay untouched in `data`.
 */
export function itemId(type: string, ...parts: string[]): string {
  const escapePart = (s: string) => s.replace(/[~/\\?#:]/g, (c) => `~${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
  return [type, ...parts.map(escapePart)].join(":");
}

/** Users live in the firm container; everything else in its client's ledger partition. */
export function partitionClientOf(key: LedgerKey, record: LedgerRecord): string | undefined {
  if (key === "users") return undefined;
  if (key === "clients") return record.id;
  return (record as { clientId?: string }).clientId ?? NO_CLIENT;
}

export function toRecordItem(key: LedgerKey, record: LedgerRecord, stamp: Stamp): RecordItem {
  const item: RecordItem = {
    id: itemId(ITEM_TYPES[key], record.id),
    type: ITEM_TYPES[key],
    tenantId: record.tenantId,
    data: record,
    stamp,
  };
  const clientId = partitionClientOf(key, record);
  if (clientId !== undefined) item.clientId = clientId;
  if (key === "clients") {
    const client = record as Client;
    item.emails = client.contacts.map((c) => normalizeEmail(c.email));
    item.domains = client.emailDomains.map(normalizeDomain);
  }
  if (key === "users") item.emails = [normalizeEmail((record as User).email)];
  if (key === "invoices") item.numberKey = normalizeInvoiceNumber((record as Invoice).number);
  return item;
}

/** The record as callers see it: the stored content plus the store-owned stamp. */
export function fromRecordItem<T>(item: RecordItem<unknown>): T {
  return { ...(item.data as object), stamp: item.stamp } as T;
}
