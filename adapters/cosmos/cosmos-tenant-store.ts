/**
 * One firm's view of the Cosmos store. Reads that name a client go to that client's partition
 * (point read or single-partition query); firm-wide reads use the tenant prefix of the hierarchical
 * key, so they fan out only over the physical partitions holding this firm's data.
 */
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
import { normalizeDomain, normalizeEmail } from "../store-support";
import { CosmosDocumentStore } from "./cosmos-documents";
import { appendCosmosInteractions, type InteractionFilter, listCosmosInteractions } from "./cosmos-interactions";
import { fromRecordItem, ITEM_TYPES, itemId, type RecordItem } from "./cosmos-items";
import { applyCosmosBatch } from "./cosmos-ledger-batch";
import { withRetry } from "./cosmos-retry";
import type { QuerySpec, TenantScope } from "./cosmos-scope";

const TENANT_ITEM_ID = "tenant";

export class CosmosTenantStore implements TenantStore {
  readonly documents: CosmosDocumentStore;

  constructor(
    private readonly scope: TenantScope,
    private readonly now: () => string,
  ) {
    this.documents = new CosmosDocumentStore(scope, now);
  }

  get tenantId(): string {
    return this.scope.tenantId;
  }

  private async records<T>(type: string, spec: Partial<QuerySpec> = {}, container: "ledger" | "firm" = "ledger") {
    const where = ["c.type = @type", ...(spec.where ?? [])];
    const items = await this.scope.query<RecordItem<T>>(container, {
      ...spec,
      where,
      params: { ...spec.params, type },
    });
    return items.map((i) => fromRecordItem<T>(i));
  }

  private async pointRead<T>(type: string, id: string, clientId?: string): Promise<T | undefined> {
    const item = await this.scope.read<RecordItem<T>>(
      clientId === undefined ? "firm" : "ledger",
      itemId(type, id),
      clientId,
    );
    return item ? fromRecordItem<T>(item) : undefined;
  }

  async getTenant(): Promise<Tenant | undefined> {
    return (await this.scope.read<{ data: Tenant }>("firm", TENANT_ITEM_ID))?.data;
  }
  async putTenant(tenant: Tenant): Promise<void> {
    const item = {
      id: TENANT_ITEM_ID,
      type: "tenant",
      tenantId: this.tenantId,
      data: { ...tenant, id: this.tenantId },
    };
    await withRetry(() => this.scope.firm.items.upsert(item));
  }

  async getUser(id: string) {
    return this.pointRead<User>(ITEM_TYPES.users, id);
  }
  async findUserByEmail(email: string) {
    const spec = { where: ["ARRAY_CONTAINS(c.emails, @email)"], params: { email: normalizeEmail(email) } };
    return (await this.records<User>(ITEM_TYPES.users, spec, "firm"))[0];
  }
  async listUsers() {
    return this.records<User>(ITEM_TYPES.users, {}, "firm");
  }

  async getClient(id: string) {
    return this.pointRead<Client>(ITEM_TYPES.clients, id, id);
  }
  async listClients(filter: ClientFilter = {}) {
    const spec = { where: [] as string[], params: {} as Record<string, string> };
    if (filter.collectorId !== undefined) {
      spec.where.push("c.data.collectorId = @collectorId");
      spec.params.collectorId = filter.collectorId;
    }
    if (filter.billingPartnerId !== undefined) {
      spec.where.push("c.data.billingPartnerId = @billingPartnerId");
      spec.params.billingPartnerId = filter.billingPartnerId;
    }
    return this.records<Client>(ITEM_TYPES.clients, spec);
  }
  async findClientsByContactEmail(email: string) {
    const spec = { where: ["ARRAY_CONTAINS(c.emails, @email)"], params: { email: normalizeEmail(email) } };
    return this.records<Client>(ITEM_TYPES.clients, spec);
  }
  async findClientsByDomain(domain: string) {
    const spec = { where: ["ARRAY_CONTAINS(c.domains, @domain)"], params: { domain: normalizeDomain(domain) } };
    return this.records<Client>(ITEM_TYPES.clients, spec);
  }

  async listMatters(clientId?: string) {
    return this.records<Matter>(ITEM_TYPES.matters, clientId === undefined ? {} : { clientId });
  }

  /** Invoice ids do not reliably reveal the client, so this is a tenant-prefix query, not a point read. */
  async getInvoice(id: string) {
    const spec = { where: ["c.id = @id"], params: { id: itemId(ITEM_TYPES.invoices, id) } };
    return (await this.records<Invoice>(ITEM_TYPES.invoices, spec))[0];
  }
  async listInvoices(filter: InvoiceFilter = {}) {
    const where = filter.openOnly ? ["c.data.status = 'open'", "c.data.balanceMinor > 0"] : [];
    return this.records<Invoice>(
      ITEM_TYPES.invoices,
      filter.clientId === undefined ? { where } : { where, clientId: filter.clientId },
    );
  }
  async findInvoicesByNumber(invoiceNumber: string) {
    const spec = { where: ["c.numberKey = @number"], params: { number: normalizeInvoiceNumber(invoiceNumber) } };
    return this.records<Invoice>(ITEM_TYPES.invoices, spec);
  }

  /** Unmatched payments share one partition, so the client filter is on the record itself as well. */
  async listPayments(clientId?: string) {
    if (clientId === undefined) return this.records<Payment>(ITEM_TYPES.payments);
    return this.records<Payment>(ITEM_TYPES.payments, {
      clientId,
      where: ["c.data.clientId = @clientId"],
      params: { clientId },
    });
  }
  async listCredits(clientId?: string) {
    return this.records<Credit>(ITEM_TYPES.credits, clientId === undefined ? {} : { clientId });
  }

  async applyLedgerBatch(
    batch: LedgerBatch,
    actorId: string,
    options?: LedgerWriteOptions,
  ): Promise<LedgerBatchCounts> {
    return applyCosmosBatch(this.scope, batch, actorId, this.now(), options);
  }

  async appendInteractions(records: NewInteraction[]): Promise<Interaction[]> {
    return appendCosmosInteractions(this.scope, records);
  }
  async listInteractions(filter: InteractionFilter = {}): Promise<Interaction[]> {
    return listCosmosInteractions(this.scope, filter);
  }
}
