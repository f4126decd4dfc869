/**
 * In-memory `Store` for fast use-case tests. It passes the same contract suite as SQLite and Cosmos,
 * so a use case that works against it works against them. Everything going in or out is
 * structuredClone'd: a test can never mutate stored state through a returned object.
 */
import type { Store, TenantStore } from "../../core/ports/store.port";
import { emptyTenantData, type TenantData } from "./memory-ledger";
import { MemoryTenantStore } from "./memory-tenant-store";

export interface MemoryStoreOptions {
  /** Clock for stamps; inject a fixed one for deterministic tests. */
  now?: () => string;
}

export class MemoryStore implements Store {
  readonly kind = "memory" as const;
  private readonly tenants = new Map<string, TenantData>();
  private etag = 0;
  private readonly now: () => string;

  constructor(options: MemoryStoreOptions = {}) {
    this.now = options.now ?? (() => new Date().toISOString());
  }

  forTenant(tenantId: string): TenantStore {
    if (!tenantId) throw new Error("a tenant id is required");
    let data = this.tenants.get(tenantId);
    if (!data) {
      data = emptyTenantData();
      this.tenants.set(tenantId, data);
    }
    return new MemoryTenantStore(tenantId, data, this.now, () => String(++this.etag));
  }

  /** Firms that have a tenant record (a store bound to an unknown id is not a firm yet). */
  async listTenantIds(): Promise<string[]> {
    return [...this.tenants].filter(([, d]) => d.tenant !== undefined).map(([id]) => id);
  }

  async ping(): Promise<boolean> {
    return true;
  }

  async close(): Promise<void> {}
}
