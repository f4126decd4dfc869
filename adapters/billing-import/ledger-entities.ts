/**
 * Turns validated ledger rows into store records. Ids derive from natural keys and records are
 * built in file order, so the same file always yields deeply equal records and a re-import is a
 * no-op upsert. `stamp` is left to the store, which knows who imports and when.
 */
import { invoiceKey, matterKey } from "../../core/domain/keys";
import type { Client, Invoice, Matter, Payment } from "../../core/domain/types";
import type { LedgerBatch } from "../../core/ports/store.port";
import type { LedgerRow } from "./ledger-row";
import { isPublicMailDomain } from "./values";

type Batch = Required<Pick<LedgerBatch, "clients" | "matters" | "invoices" | "payments">>;

export function paymentIdFor(invoiceId: string): string {
  return `${invoiceId}|paid`;
}

export function buildLedgerBatch(rows: readonly LedgerRow[], tenantId: string): Batch {
  const clients = new Map<string, ClientState>();
  const matters = new Map<string, Matter>();
  const invoices: Invoice[] = [];
  const payments: Payment[] = [];

  for (const row of rows) {
    enrichClient(clientFor(clients, row, tenantId), row);
    let matterId: string | undefined;
    if (row.matterId !== undefined) {
      matterId = matterKey(row.clientId, row.matterId);
      const matter = matters.get(matterId);
      if (!matter) {
        matters.set(matterId, {
          tenantId,
          id: matterId,
          clientId: row.clientId,
          name: row.matterName ?? row.matterId,
        });
      } else if (row.matterName !== undefined && matter.name === row.matterId) matter.name = row.matterName;
    }
    const invoice = invoiceFor(row, tenantId, matterId);
    invoices.push(invoice);
    if (row.paidMinor !== undefined && row.paidMinor !== 0 && row.paidDate !== undefined) {
      payments.push({
        tenantId,
        id: paymentIdFor(invoice.id),
        clientId: row.clientId,
        receivedDate: row.paidDate,
        amountMinor: row.paidMinor,
        currency: row.currency,
        applications: [{ invoiceId: invoice.id, amountMinor: row.paidMinor }],
        unappliedMinor: 0,
      });
    }
  }
  return { clients: [...clients.values()].map((s) => s.client), matters: [...matters.values()], invoices, payments };
}

/** A client being assembled from its rows; for each attribute the first row that states it wins. */
interface ClientState {
  client: Client;
  named: boolean;
  languageGiven: boolean;
  emails: Set<string>;
}

function clientFor(clients: Map<string, ClientState>, row: LedgerRow, tenantId: string): ClientState {
  let state = clients.get(row.clientId);
  if (!state) {
    const client: Client = {
      tenantId,
      id: row.clientId,
      name: row.clientId,
      contacts: [],
      emailDomains: [],
      language: "en",
      preferredChannel: "email",
    };
    state = { client, named: false, languageGiven: false, emails: new Set() };
    clients.set(row.clientId, state);
  }
  return state;
}

function enrichClient(state: ClientState, row: LedgerRow): void {
  const { client } = state;
  if (row.clientName !== undefined && !state.named) {
    state.named = true;
    client.name = row.clientName;
  }
  if (row.language !== undefined && !state.languageGiven) {
    state.languageGiven = true;
    client.language = row.language;
  }
  if (row.country !== undefined && client.country === undefined) client.country = row.country;
  if (row.billingPartner !== undefined && client.billingPartnerId === undefined) {
    client.billingPartnerId = row.billingPartner;
  }
  if (row.collector !== undefined && client.collectorId === undefined) client.collectorId = row.collector;
  for (const email of row.emails ?? []) {
    if (state.emails.has(email)) continue;
    state.emails.add(email);
    client.contacts.push({ email });
    const domain = email.slice(email.lastIndexOf("@") + 1);
    if (!isPublicMailDomain(domain) && !client.emailDomains.includes(domain)) client.emailDomains.push(domain);
  }
}

function invoiceFor(row: LedgerRow, tenantId: string, matterId: string | undefined): Invoice {
  const paid = row.paidMinor ?? 0;
  const balanceMinor = row.amountMinor - paid;
  const fullyPaid = row.paidMinor !== undefined && balanceMinor === 0;
  const invoice: Invoice = {
    tenantId,
    id: invoiceKey(row.clientId, row.number),
    clientId: row.clientId,
    number: row.number,
    invoiceDate: row.invoiceDate,
    dueDate: row.dueDate,
    amountMinor: row.amountMinor,
    balanceMinor,
    currency: row.currency,
    status: fullyPaid ? "paid" : "open",
    disputed: row.disputed,
  };
  if (matterId !== undefined) invoice.matterId = matterId;
  if (fullyPaid && row.paidDate !== undefined) invoice.paidDate = row.paidDate;
  if (row.disputeReason !== undefined) invoice.disputeReason = row.disputeReason;
  if (row.delivery !== undefined) invoice.delivery = row.delivery;
  if (row.ebillingStatus !== undefined) invoice.ebillingStatus = row.ebillingStatus;
  return invoice;
}
