/**
 * Rules every store adapter shares, so "unchanged", stamps and "open" mean the same thing in the
 * in-memory fake and in Cosmos DB (the contract suite checks them on every adapter).
 */
import { canonicalJson } from "../core/audit/hash-chain";
import type { Invoice, Stamp } from "../core/domain/types";
import type { LedgerBatch, LedgerBatchCounts } from "../core/ports/store.port";

export const LEDGER_KEYS = ["users", "clients", "matters", "invoices", "payments", "credits"] as const;
export type LedgerKey = (typeof LEDGER_KEYS)[number];
export type LedgerRecord = NonNullable<LedgerBatch[LedgerKey]>[number];

export function emptyCounts(): LedgerBatchCounts {
  const zero = () => ({ created: 0, updated: 0, unchanged: 0 });
  return { clients: zero(), matters: zero(), invoices: zero(), payments: zero(), credits: zero(), users: zero() };
}

/** The stamp belongs to the store: whatever a caller passes in it is dropped. */
export function withoutStamp<T extends { stamp?: Stamp }>(record: T): Omit<T, "stamp"> {
  const { stamp: _stamp, ...rest } = record;
  return rest;
}

/** Content equality that ignores property order and `undefined` members (as JSON storage does). */
export function sameContent(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

export function newStamp(actorId: string, at: string): Stamp {
  return { createdAt: at, createdBy: actorId, updatedAt: at, updatedBy: actorId };
}

/** An update keeps who created the record and when. */
export function touchStamp(prior: Stamp, actorId: string, at: string): Stamp {
  return { ...prior, updatedAt: at, updatedBy: actorId };
}

/** Open means something is still owed on an invoice that is neither paid nor written off. */
export function isOpenInvoice(invoice: Invoice): boolean {
  return invoice.status === "open" && invoice.balanceMinor > 0;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function normalizeDomain(domain: string): string {
  return domain.trim().toLowerCase().replace(/^@/, "");
}
