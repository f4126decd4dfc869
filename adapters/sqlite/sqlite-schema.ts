/**
 * Embedded store schema. Ledger entities keep their full record as JSON in `body` beside the few
 * columns that queries filter on; the record's `stamp` lives in its own column so that "is this
 * re-imported row unchanged?" compares the business content only.
 */
export const SCHEMA_VERSION = 1;

const entityTable = (name: string, extraColumns: string) => `
CREATE TABLE IF NOT EXISTS ${name} (
  tenant_id TEXT NOT NULL,
  id TEXT NOT NULL,
  client_id TEXT,
  ${extraColumns}
  body TEXT NOT NULL,
  stamp TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;`;

export const DDL = [
  `CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;`,
  `CREATE TABLE IF NOT EXISTS tenants (id TEXT PRIMARY KEY, body TEXT NOT NULL) WITHOUT ROWID;`,
  entityTable("users", "email_lower TEXT NOT NULL,"),
  `CREATE INDEX IF NOT EXISTS users_email ON users (tenant_id, email_lower);`,
  entityTable("clients", "collector_id TEXT, billing_partner_id TEXT,"),
  `CREATE TABLE IF NOT EXISTS client_emails (tenant_id TEXT NOT NULL, email_lower TEXT NOT NULL, client_id TEXT NOT NULL,
     PRIMARY KEY (tenant_id, email_lower, client_id)) WITHOUT ROWID;`,
  `CREATE TABLE IF NOT EXISTS client_domains (tenant_id TEXT NOT NULL, domain TEXT NOT NULL, client_id TEXT NOT NULL,
     PRIMARY KEY (tenant_id, domain, client_id)) WITHOUT ROWID;`,
  entityTable("matters", ""),
  `CREATE INDEX IF NOT EXISTS matters_client ON matters (tenant_id, client_id);`,
  entityTable("invoices", "number_norm TEXT NOT NULL, open INTEGER NOT NULL,"),
  `CREATE INDEX IF NOT EXISTS invoices_client ON invoices (tenant_id, client_id);`,
  `CREATE INDEX IF NOT EXISTS invoices_number ON invoices (tenant_id, number_norm);`,
  `CREATE INDEX IF NOT EXISTS invoices_open ON invoices (tenant_id, open);`,
  entityTable("payments", ""),
  `CREATE INDEX IF NOT EXISTS payments_client ON payments (tenant_id, client_id);`,
  entityTable("credits", ""),
  `CREATE INDEX IF NOT EXISTS credits_client ON credits (tenant_id, client_id);`,
  `CREATE TABLE IF NOT EXISTS interactions (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     tenant_id TEXT NOT NULL, id TEXT NOT NULL, client_id TEXT NOT NULL, kind TEXT NOT NULL, at TEXT NOT NULL,
     body TEXT NOT NULL, UNIQUE (tenant_id, id));`,
  `CREATE INDEX IF NOT EXISTS interactions_client ON interactions (tenant_id, client_id, seq);`,
  `CREATE INDEX IF NOT EXISTS interactions_at ON interactions (tenant_id, at);`,
  `CREATE TABLE IF NOT EXISTS documents (
     tenant_id TEXT NOT NULL, kind TEXT NOT NULL, id TEXT NOT NULL, client_id TEXT,
     etag TEXT NOT NULL, body TEXT NOT NULL, stamp TEXT NOT NULL,
     PRIMARY KEY (tenant_id, kind, id)) WITHOUT ROWID;`,
  `CREATE INDEX IF NOT EXISTS documents_client ON documents (tenant_id, kind, client_id);`,
];
