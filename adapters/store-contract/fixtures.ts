/**
 * A tiny firm for the store contract suite. Deliberately small: the Cosmos stand-in scans the whole
 * container on every query, so every test adds a handful of items under its own tenant id.
 */
import { invoiceKey, matterKey } from "../../core/domain/keys";
import type { Client, Credit, Interaction, Invoice, Matter, Payment, Stamp, User } from "../../core/domain/types";
import type { LedgerBatch, NewInteraction } from "../../core/ports/store.port";

let counter = 0;
const run = Date.now().toString(36);

/** A fresh tenant id per test, so one store instance can serve the whole suite (and a persistent one too). */
export function newTenantId(label = "firm"): string {
  counter += 1;
  return `${label}-${run}-${counter}`;
}

function client(tenantId: string, id: string, extra: Partial<Client>): Client {
  return {
    tenantId,
    id,
    name: `Client ${id}`,
    contacts: [],
    emailDomains: [],
    language: "en",
    preferredChannel: "email",
    ...extra,
  };
}

function invoice(tenantId: string, clientId: string, number: string, extra: Partial<Invoice>): Invoice {
  return {
    tenantId,
    id: invoiceKey(clientId, number),
    clientId,
    number,
    invoiceDate: "2026-01-10",
    dueDate: "2026-02-09",
    amountMinor: 100_000,
    balanceMinor: 100_000,
    currency: "USD",
    status: "open",
    disputed: false,
    ...extra,
  };
}

export function ledgerFixture(tenantId: string): Required<LedgerBatch> {
  const clients: Client[] = [
    client(tenantId, "C1", {
      name: "Acme",
      contacts: [{ email: "AP@Acme.com", name: "Accounts" }, { email: "ceo@acme.com" }],
      emailDomains: ["acme.com"],
      collectorId: "u-col",
      billingPartnerId: "u-p1",
    }),
    client(tenantId, "C2", {
      name: "Globex",
      contacts: [{ email: "jane.doe@globex.com" }],
      emailDomains: ["globex.com", "globex.co.uk"],
      collectorId: "u-col",
      billingPartnerId: "u-p2",
    }),
    client(tenantId, "C3", { name: "Initech", billingPartnerId: "u-p1", language: "de" }),
  ];
  const matters: Matter[] = [
    { tenantId, id: matterKey("C1", "M1"), clientId: "C1", name: "Acme v. Roadrunner" },
    { tenantId, id: matterKey("C2", "M1"), clientId: "C2", name: "Globex merger", feeArrangement: "fixed" },
  ];
  const invoices: Invoice[] = [
    invoice(tenantId, "C1", "611365", { matterId: matterKey("C1", "M1") }),
    invoice(tenantId, "C1", "INV-7", { balanceMinor: 0, status: "paid", paidDate: "2026-02-01" }),
    invoice(tenantId, "C2", "611365", { balanceMinor: 40_000, amountMinor: 50_000 }),
    invoice(tenantId, "C2", "0042", { balanceMinor: 30_000, status: "written-off" }),
    invoice(tenantId, "C3", "900", { balanceMinor: 0, status: "open" }),
  ];
  const payments: Payment[] = [
    {
      tenantId,
      id: "P1",
      clientId: "C1",
      receivedDate: "2026-02-01",
      amountMinor: 100_000,
      currency: "USD",
      applications: [{ invoiceId: invoiceKey("C1", "INV-7"), amountMinor: 100_000 }],
      unappliedMinor: 0,
    },
    {
      tenantId,
      id: "P2",
      receivedDate: "2026-02-03",
      amountMinor: 5_000,
      currency: "USD",
      applications: [],
      unappliedMinor: 5_000,
    },
  ];
  const credits: Credit[] = [
    {
      tenantId,
      id: "CR1",
      clientId: "C2",
      invoiceId: invoiceKey("C2", "0042"),
      kind: "write-off",
      amountMinor: 30_000,
      currency: "USD",
      date: "2026-03-01",
      reason: "uncollectable",
    },
  ];
  const users: User[] = [
    { tenantId, id: "u-col", email: "Colin.Collector@Firm.example", displayName: "Colin", roles: ["specialist"] },
    {
      tenantId,
      id: "u-p1",
      email: "pat@firm.example",
      displayName: "Pat",
      roles: ["partner"],
      approvalLimitMinor: 500_000,
    },
  ];
  return { clients, matters, invoices, payments, credits, users };
}

export function note(clientId: string, id: string, at: string, kind: Interaction["kind"] = "note"): NewInteraction {
  return { id, clientId, kind, at, actorId: "u-col", summary: `${kind} ${id}`, data: { n: id } };
}

export function byId<T extends { id: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function ids(items: { id: string }[]): string[] {
  return byId(items).map((i) => i.id);
}

/** Drops the store-owned stamp so a read can be compared with what was written. */
export function content<T extends object>(record: T | undefined): Omit<T, "stamp"> | undefined {
  if (record === undefined) return undefined;
  const { stamp: _stamp, ...rest } = record as T & { stamp?: Stamp };
  return rest;
}
