/** The embedded store bound to one firm: every statement filters on `tenant_id`. */
import type { DatabaseSync } from "node:sqlite";
import { chainInteraction } from "../../core/audit/hash-chain";
import { normalizeInvoiceNumber } from "../../core/domain/keys";
import type { Client, Credit, Interaction, Invoice, Matter, Payment, Tenant, User } from "../../core/domain/types";
import type {
  ClientFilter,
  InvoiceFilter,
  LedgerBatch,
  LedgerBatchCounts,
  LedgerWriteOptions,
  NewInteraction,
  TenantStore,
} from "../../core/ports/store.port";
import { SqliteDocumentStore } from "./sqlite-documents";
import { emptyCounts, LEDGER_KEYS, type LedgerRecord } from "../store-support";
import { type EntitySpec, EntityWriter, parseRow } from "./sqlite-ledger";
import { ledgerSpecs } from "./sqlite-specs";

type Rows = Record<string, unknown>[];
/** Import progress granularity: frequent enough for feedback, rare enough to cost nothing. */
const PROGRESS_EVERY = 10_000;

/**
 * Query plans. A connection plans with the statistics it loaded at open (often those of a still-empty
 * database, which make a full scan of the firm look cheapest), and another process's `ANALYZE` does
 * not refresh them. So this connection refreshes its own statistics after every bulk write, and the
 * per-client reads also name their index (`INDEXED BY`) so no statistics can ever turn them into scans.
 */
const BULK_WRITE = 1_000;

function refreshStatisticsAfter(db: DatabaseSync, written: number): void {
  if (written >= BULK_WRITE) db.exec("PRAGMA optimize=0x10002");
}

export class SqliteTenantStore implements TenantStore {
  readonly documents: SqliteDocumentStore;

  constructor(
    private readonly db: DatabaseSync,
    readonly tenantId: string,
    private readonly now: () => string,
    private readonly serialize: <R>(work: () => Promise<R>) => Promise<R>,
  ) {
    this.documents = new SqliteDocumentStore(db, tenantId, now);
  }

  private all<T>(sql: string, ...params: (string | number)[]): T[] {
    return (this.db.prepare(sql).all(this.tenantId, ...params) as Rows).map((r) => parseRow<T>(r));
  }

  private one<T>(sql: string, ...params: (string | number)[]): T | undefined {
    const row = this.db.prepare(sql).get(this.tenantId, ...params);
    return row ? parseRow<T>(row) : undefined;
  }

  async getTenant(): Promise<Tenant | undefined> {
    const row = this.db.prepare("SELECT body FROM tenants WHERE id = ?").get(this.tenantId);
    return row ? (JSON.parse(String(row.body)) as Tenant) : undefined;
  }

  async putTenant(tenant: Tenant): Promise<void> {
    this.db
      .prepare("INSERT INTO tenants (id, body) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET body = excluded.body")
      .run(this.tenantId, JSON.stringify({ ...tenant, id: this.tenantId }));
  }

  async getUser(id: string) {
    return this.one<User>("SELECT body, stamp FROM users WHERE tenant_id = ? AND id = ?", id);
  }
  async findUserByEmail(email: string) {
    return this.one<User>("SELECT body, stamp FROM users WHERE tenant_id = ? AND email_lower = ?", email.toLowerCase());
  }
  async listUsers() {
    return this.all<User>("SELECT body, stamp FROM users WHERE tenant_id = ? ORDER BY id");
  }

  async getClient(id: string) {
    return this.one<Client>("SELECT body, stamp FROM clients WHERE tenant_id = ? AND id = ?", id);
  }
  async listClients(filter: ClientFilter = {}) {
    const where = ["tenant_id = ?"];
    const params: string[] = [];
    if (filter.collectorId !== undefined) {
      where.push("collector_id = ?");
      params.push(filter.collectorId);
    }
    if (filter.billingPartnerId !== undefined) {
      where.push("billing_partner_id = ?");
      params.push(filter.billingPartnerId);
    }
    return this.all<Client>(`SELECT body, stamp FROM clients WHERE ${where.join(" AND ")} ORDER BY id`, ...params);
  }
  async findClientsByContactEmail(email: string) {
    return this.all<Client>(
      `SELECT c.body, c.stamp FROM client_emails e JOIN clients c ON c.tenant_id = e.tenant_id AND c.id = e.client_id
       WHERE e.tenant_id = ? AND e.email_lower = ? ORDER BY c.id`,
      email.trim().toLowerCase(),
    );
  }
  async findClientsByDomain(domain: string) {
    return this.all<Client>(
      `SELECT c.body, c.stamp FROM client_domains d JOIN clients c ON c.tenant_id = d.tenant_id AND c.id = d.client_id
       WHERE d.tenant_id = ? AND d.domain = ? ORDER BY c.id`,
      domain.trim().toLowerCase().replace(/^@/, ""),
    );
  }

  async listMatters(clientId?: string) {
    return clientId === undefined
      ? this.all<Matter>("SELECT body, stamp FROM matters WHERE tenant_id = ? ORDER BY id")
      : this.all<Matter>(
          "SELECT body, stamp FROM matters INDEXED BY matters_client WHERE tenant_id = ? AND client_id = ? ORDER BY id",
          clientId,
        );
  }

  async getInvoice(id: string) {
    return this.one<Invoice>("SELECT body, stamp FROM invoices WHERE tenant_id = ? AND id = ?", id);
  }
  async listInvoices(filter: InvoiceFilter = {}) {
    const where = ["tenant_id = ?"];
    const params: (string | number)[] = [];
    if (filter.clientId !== undefined) {
      where.push("client_id = ?");
      params.push(filter.clientId);
    }
    if (filter.openOnly) where.push("open = 1");
    const indexed = filter.clientId !== undefined ? " INDEXED BY invoices_client" : "";
    return this.all<Invoice>(`SELECT body, stamp FROM invoices${indexed} WHERE ${where.join(" AND ")}`, ...params);
  }
  async findInvoicesByNumber(invoiceNumber: string) {
    return this.all<Invoice>(
      "SELECT body, stamp FROM invoices WHERE tenant_id = ? AND number_norm = ? ORDER BY id",
      normalizeInvoiceNumber(invoiceNumber),
    );
  }

  async listPayments(clientId?: string) {
    return clientId === undefined
      ? this.all<Payment>("SELECT body, stamp FROM payments WHERE tenant_id = ? ORDER BY id")
      : this.all<Payment>(
          "SELECT body, stamp FROM payments INDEXED BY payments_client WHERE tenant_id = ? AND client_id = ? ORDER BY id",
          clientId,
        );
  }
  async listCredits(clientId?: string) {
    return clientId === undefined
      ? this.all<Credit>("SELECT body, stamp FROM credits WHERE tenant_id = ? ORDER BY id")
      : this.all<Credit>(
          "SELECT body, stamp FROM credits INDEXED BY credits_client WHERE tenant_id = ? AND client_id = ? ORDER BY id",
          clientId,
        );
  }

  /** One transaction; progress every `PROGRESS_EVERY` records, and the final count once committed. */
  async applyLedgerBatch(
    batch: LedgerBatch,
    actorId: string,
    options: LedgerWriteOptions = {},
  ): Promise<LedgerBatchCounts> {
    return this.serialize(async () => {
      const specs = ledgerSpecs(this.db);
      const counts = emptyCounts();
      const at = this.now();
      const total = LEDGER_KEYS.reduce((n, key) => n + (batch[key]?.length ?? 0), 0);
      const { onProgress } = options;
      let written = 0;
      const tick = onProgress
        ? () => {
            written += 1;
            if (written % PROGRESS_EVERY === 0 && written < total) onProgress(written, total);
          }
        : undefined;
      this.db.exec("BEGIN IMMEDIATE");
      try {
        for (const key of LEDGER_KEYS) {
          const writer = new EntityWriter(this.db, specs[key] as EntitySpec<LedgerRecord>);
          writer.upsert(this.tenantId, batch[key] ?? [], actorId, at, counts[key], tick);
        }
        this.db.exec("COMMIT");
      } catch (error) {
        this.db.exec("ROLLBACK");
        throw error;
      }
      refreshStatisticsAfter(this.db, total);
      onProgress?.(total, total);
      return counts;
    });
  }

  async appendInteractions(records: NewInteraction[]): Promise<Interaction[]> {
    // Appends are serialized so two writers can never chain onto the same previous record.
    return this.serialize(async () => {
      const lastHash = this.db.prepare(
        "SELECT json_extract(body, '$.hash') AS hash FROM interactions INDEXED BY interactions_client WHERE tenant_id = ? AND client_id = ? ORDER BY seq DESC LIMIT 1",
      );
      const heads = new Map<string, string | undefined>();
      const chained: Interaction[] = [];
      for (const record of records) {
        if (!heads.has(record.clientId)) {
          const row = lastHash.get(this.tenantId, record.clientId);
          heads.set(record.clientId, row ? String(row.hash) : undefined);
        }
        const linked = await chainInteraction({ ...record, tenantId: this.tenantId }, heads.get(record.clientId));
        heads.set(record.clientId, linked.hash);
        chained.push(linked);
      }
      const insert = this.db.prepare(
        "INSERT INTO interactions (tenant_id, id, client_id, kind, at, body) VALUES (?, ?, ?, ?, ?, ?)",
      );
      this.db.exec("BEGIN IMMEDIATE");
      try {
        for (const r of chained) insert.run(this.tenantId, r.id, r.clientId, r.kind, r.at, JSON.stringify(r));
        this.db.exec("COMMIT");
      } catch (error) {
        this.db.exec("ROLLBACK");
        throw error;
      }
      refreshStatisticsAfter(this.db, chained.length);
      return chained;
    });
  }

  async listInteractions(filter: { clientId?: string; since?: string; until?: string; kinds?: string[] } = {}) {
    const where = ["tenant_id = ?"];
    const params: string[] = [];
    if (filter.clientId !== undefined) {
      where.push("client_id = ?");
      params.push(filter.clientId);
    }
    if (filter.since !== undefined) {
      where.push("at >= ?");
      params.push(filter.since);
    }
    if (filter.until !== undefined) {
      where.push("at < ?");
      params.push(filter.until);
    }
    if (filter.kinds?.length) {
      where.push(`kind IN (${filter.kinds.map(() => "?").join(",")})`);
      params.push(...filter.kinds);
    }
    const indexed = filter.clientId !== undefined ? " INDEXED BY interactions_client" : "";
    const rows = this.db
      .prepare(`SELECT body FROM interactions${indexed} WHERE ${where.join(" AND ")} ORDER BY seq`)
      .all(this.tenantId, ...params) as Rows;
    return rows.map((r) => JSON.parse(String(r.body)) as Interaction);
  }
}
