/** How each ledger entity maps to its table's indexed columns. */
import type { DatabaseSync } from "node:sqlite";
import type { Client, Credit, Invoice, Matter, Payment, User } from "../../core/domain/types";
import { normalizeInvoiceNumber } from "../../core/domain/keys";
import type { EntitySpec } from "./sqlite-ledger";

export function isOpen(invoice: Invoice): boolean {
  return invoice.status === "open" && invoice.balanceMinor > 0;
}

export function ledgerSpecs(db: DatabaseSync) {
  const deleteEmails = db.prepare("DELETE FROM client_emails WHERE tenant_id = ? AND client_id = ?");
  const deleteDomains = db.prepare("DELETE FROM client_domains WHERE tenant_id = ? AND client_id = ?");
  const insertEmail = db.prepare(
    "INSERT OR IGNORE INTO client_emails (tenant_id, email_lower, client_id) VALUES (?, ?, ?)",
  );
  const insertDomain = db.prepare(
    "INSERT OR IGNORE INTO client_domains (tenant_id, domain, client_id) VALUES (?, ?, ?)",
  );

  const users: EntitySpec<User> = {
    table: "users",
    columns: ["email_lower"],
    values: (u) => [u.email.toLowerCase()],
    clientId: () => null,
  };
  const clients: EntitySpec<Client> = {
    table: "clients",
    columns: ["collector_id", "billing_partner_id"],
    values: (c) => [c.collectorId ?? null, c.billingPartnerId ?? null],
    clientId: (c) => c.id,
    afterWrite(tenantId, c) {
      deleteEmails.run(tenantId, c.id);
      deleteDomains.run(tenantId, c.id);
      for (const contact of c.contacts) insertEmail.run(tenantId, contact.email.trim().toLowerCase(), c.id);
      for (const domain of c.emailDomains) insertDomain.run(tenantId, domain.trim().toLowerCase(), c.id);
    },
  };
  const matters: EntitySpec<Matter> = { table: "matters", columns: [], values: () => [], clientId: (m) => m.clientId };
  const invoices: EntitySpec<Invoice> = {
    table: "invoices",
    columns: ["number_norm", "open"],
    values: (i) => [normalizeInvoiceNumber(i.number), isOpen(i) ? 1 : 0],
    clientId: (i) => i.clientId,
  };
  const payments: EntitySpec<Payment> = {
    table: "payments",
    columns: [],
    values: () => [],
    clientId: (p) => p.clientId ?? null,
  };
  const credits: EntitySpec<Credit> = { table: "credits", columns: [], values: () => [], clientId: (c) => c.clientId };
  return { users, clients, matters, invoices, payments, credits };
}
