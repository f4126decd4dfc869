/** One firm's view of the in-memory store. */
import { chainInteraction } from "../../core/audit/hash-chain";
import { normalizeInvoiceNumber } from "../../core/domain/keys";
import type { Client, Interaction, Tenant } from "../../core/domain/types";
import type {
  ClientFilter,
  InvoiceFilter,
  LedgerBatch,
  LedgerBatchCounts,
  LedgerWriteOptions,
  NewInteraction,
  TenantStore,
} from "../../core/ports/store.port";
import { isOpenInvoice, normalizeDomain, normalizeEmail } from "../store-support";
import { MemoryDocumentStore } from "./memory-documents";
import { applyBatch, type Ledger, type TenantData } from "./memory-ledger";

const copy = <T>(items: Iterable<T>, keep: (item: T) => boolean = () => true): T[] =>
  structuredClone([...items].filter(keep));

export class MemoryTenantStore implements TenantStore {
  readonly documents: MemoryDocumentStore;

  constructor(
    readonly tenantId: string,
    private readonly data: TenantData,
    private readonly now: () => string,
    nextEtag: () => string,
  ) {
    this.documents = new MemoryDocumentStore(data.documents, now, nextEtag);
  }

  private get ledger(): Ledger {
    return this.data.ledger;
  }

  async getTenant() {
    return structuredClone(this.data.tenant);
  }
  async putTenant(tenant: Tenant) {
    this.data.tenant = structuredClone({ ...tenant, id: this.tenantId });
  }

  async getUser(id: string) {
    return structuredClone(this.ledger.users.get(id));
  }
  async findUserByEmail(email: string) {
    const wanted = normalizeEmail(email);
    return copy(this.ledger.users.values(), (u) => normalizeEmail(u.email) === wanted)[0];
  }
  async listUsers() {
    return copy(this.ledger.users.values());
  }

  async getClient(id: string) {
    return structuredClone(this.ledger.clients.get(id));
  }
  async listClients(filter: ClientFilter = {}) {
    return copy(
      this.ledger.clients.values(),
      (c) =>
        (filter.collectorId === undefined || c.collectorId === filter.collectorId) &&
        (filter.billingPartnerId === undefined || c.billingPartnerId === filter.billingPartnerId),
    );
  }
  async findClientsByContactEmail(email: string) {
    const wanted = normalizeEmail(email);
    return copy(this.ledger.clients.values(), (c: Client) =>
      c.contacts.some((k) => normalizeEmail(k.email) === wanted),
    );
  }
  async findClientsByDomain(domain: string) {
    const wanted = normalizeDomain(domain);
    return copy(this.ledger.clients.values(), (c) => c.emailDomains.some((d) => normalizeDomain(d) === wanted));
  }

  async listMatters(clientId?: string) {
    return copy(this.ledger.matters.values(), (m) => clientId === undefined || m.clientId === clientId);
  }

  async getInvoice(id: string) {
    return structuredClone(this.ledger.invoices.get(id));
  }
  async listInvoices(filter: InvoiceFilter = {}) {
    return copy(
      this.ledger.invoices.values(),
      (i) =>
        (filter.clientId === undefined || i.clientId === filter.clientId) && (!filter.openOnly || isOpenInvoice(i)),
    );
  }
  async findInvoicesByNumber(invoiceNumber: string) {
    const wanted = normalizeInvoiceNumber(invoiceNumber);
    return copy(this.ledger.invoices.values(), (i) => normalizeInvoiceNumber(i.number) === wanted);
  }

  async listPayments(clientId?: string) {
    return copy(this.ledger.payments.values(), (p) => clientId === undefined || p.clientId === clientId);
  }
  async listCredits(clientId?: string) {
    return copy(this.ledger.credits.values(), (c) => clientId === undefined || c.clientId === clientId);
  }

  async applyLedgerBatch(
    batch: LedgerBatch,
    actorId: string,
    options?: LedgerWriteOptions,
  ): Promise<LedgerBatchCounts> {
    return applyBatch(this.ledger, this.tenantId, batch, actorId, this.now(), options);
  }

  async appendInteractions(records: NewInteraction[]): Promise<Interaction[]> {
    const run = this.data.appendQueue.then(async () => {
      const heads = new Map<string, string | undefined>();
      for (const r of this.data.interactions) heads.set(r.clientId, r.hash);
      const chained: Interaction[] = [];
      for (const record of records) {
        const linked = await chainInteraction(
          { ...structuredClone(record), tenantId: this.tenantId },
          heads.get(record.clientId),
        );
        heads.set(record.clientId, linked.hash);
        chained.push(linked);
      }
      this.data.interactions.push(...structuredClone(chained));
      return chained;
    });
    this.data.appendQueue = run.catch(() => undefined);
    return run;
  }

  async listInteractions(filter: { clientId?: string; since?: string; until?: string; kinds?: string[] } = {}) {
    const { clientId, since, until, kinds } = filter;
    return copy(
      this.data.interactions,
      (r) =>
        (clientId === undefined || r.clientId === clientId) &&
        (since === undefined || r.at >= since) &&
        (until === undefined || r.at < until) &&
        (kinds === undefined || kinds.includes(r.kind)),
    );
  }
}
