/**
 * Repository ports. Every adapter (embedded SQLite, Cosmos DB, in-memory fake) passes one shared
 * contract suite (`adapters/store-contract.ts`). A `TenantStore` is bound to one firm when it is made:
 * no method takes a tenant id, so no handler can read another firm's data by mistake.
 */
import type { Result } from "../errors/codes";
import type { Client, Credit, Interaction, Invoice, Matter, Payment, Stamp, Tenant, User } from "../domain/types";

export interface UpsertCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** Everything one import writes, applied atomically where the engine allows it. */
export interface LedgerBatch {
  clients?: Client[];
  matters?: Matter[];
  invoices?: Invoice[];
  payments?: Payment[];
  credits?: Credit[];
  users?: User[];
}

export type LedgerBatchCounts = Record<
  "clients" | "matters" | "invoices" | "payments" | "credits" | "users",
  UpsertCounts
>;

export interface InvoiceFilter {
  clientId?: string;
  /** Only invoices with a balance (open). */
  openOnly?: boolean;
}

export interface ClientFilter {
  collectorId?: string;
  billingPartnerId?: string;
}

/** A stored document with its concurrency token. `etag` changes on every write. */
export interface StoredDocument<T> {
  kind: string;
  id: string;
  clientId?: string;
  body: T;
  etag: string;
  stamp: Stamp;
}

/** One document of a `createMany` call. */
export interface NewDocument<T> {
  id: string;
  body: T;
  /** Documents that belong to one client live in that client's partition. */
  clientId?: string;
}

export interface LedgerWriteOptions {
  /**
   * Called as the batch is written with the records handled so far (created, updated or unchanged)
   * and the batch's record count; the last call has `written === total`. For feedback only.
   */
  onProgress?: (written: number, total: number) => void;
}

export interface DocumentWriteOptions {
  actorId: string;
  /** Documents that belong to one client live in that client's partition. */
  clientId?: string;
}

/**
 * Workflow state that is not ledger data: configuration, model versions, escalations, promises,
 * plans, drafts, conversation references… `kind` names the document type; ids are unique per kind.
 */
export interface DocumentStore {
  get<T>(kind: string, id: string): Promise<StoredDocument<T> | undefined>;
  /** Fails with `CONFLICT` when the id exists: this is how idempotency keys hold under retries. */
  create<T>(kind: string, id: string, body: T, options: DocumentWriteOptions): Promise<Result<StoredDocument<T>>>;
  /**
   * `create` for many documents of one kind, results in input order. Each item is created or
   * `CONFLICT` on its own (not all or nothing); of duplicate ids within one call the first wins.
   * The bulk form exists for throughput: the daily run claims one idempotency key per invoice.
   */
  createMany<T>(
    kind: string,
    items: NewDocument<T>[],
    options: { actorId: string },
  ): Promise<Result<StoredDocument<T>>[]>;
  /** Fails with `PRECONDITION_FAILED` when `ifMatch` is not the current etag (optimistic concurrency). */
  replace<T>(
    kind: string,
    id: string,
    body: T,
    options: DocumentWriteOptions & { ifMatch: string },
  ): Promise<Result<StoredDocument<T>>>;
  upsert<T>(kind: string, id: string, body: T, options: DocumentWriteOptions): Promise<StoredDocument<T>>;
  list<T>(kind: string, filter?: { clientId?: string }): Promise<StoredDocument<T>[]>;
  delete(kind: string, id: string): Promise<boolean>;
}

export interface TenantStore {
  readonly tenantId: string;
  getTenant(): Promise<Tenant | undefined>;
  putTenant(tenant: Tenant): Promise<void>;

  getUser(id: string): Promise<User | undefined>;
  findUserByEmail(email: string): Promise<User | undefined>;
  listUsers(): Promise<User[]>;

  getClient(id: string): Promise<Client | undefined>;
  listClients(filter?: ClientFilter): Promise<Client[]>;
  /** Clients with a contact whose address equals `email` (case-insensitive). */
  findClientsByContactEmail(email: string): Promise<Client[]>;
  /** Clients that claim the email domain (lower-case, without `@`). */
  findClientsByDomain(domain: string): Promise<Client[]>;

  listMatters(clientId?: string): Promise<Matter[]>;

  getInvoice(id: string): Promise<Invoice | undefined>;
  listInvoices(filter?: InvoiceFilter): Promise<Invoice[]>;
  /** Invoices whose number (normalized as in `normalizeInvoiceNumber`) matches. */
  findInvoicesByNumber(invoiceNumber: string): Promise<Invoice[]>;

  listPayments(clientId?: string): Promise<Payment[]>;
  listCredits(clientId?: string): Promise<Credit[]>;

  /**
   * Upserts by id. A record whose content equals the stored one is `unchanged` and not rewritten,
   * so re-importing a file changes nothing. All or nothing where the engine has transactions.
   */
  applyLedgerBatch(batch: LedgerBatch, actorId: string, options?: LedgerWriteOptions): Promise<LedgerBatchCounts>;

  /** Appends audit records, chaining each to the previous record of its client. Never edits. */
  appendInteractions(records: NewInteraction[]): Promise<Interaction[]>;
  listInteractions(filter?: {
    clientId?: string;
    since?: string;
    until?: string;
    kinds?: string[];
  }): Promise<Interaction[]>;

  readonly documents: DocumentStore;
}

export type NewInteraction = Omit<Interaction, "tenantId" | "prevHash" | "hash">;

export interface Store {
  readonly kind: "embedded" | "cosmos" | "memory";
  forTenant(tenantId: string): TenantStore;
  listTenantIds(): Promise<string[]>;
  /** Cheap reachability probe for `/api/health`. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
