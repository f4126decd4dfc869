/**
 * The Cosmos DB `Store`. Production passes a `TokenCredential` (managed identity through
 * `DefaultAzureCredential` in the composition root); tests and the emulator pass a key. Opening does
 * no I/O, so the host starts even while Cosmos is unreachable and `/api/health` reports it via `ping`.
 */
import { CosmosClient, type CosmosClientOptions, type Container, type Database } from "@azure/cosmos";
import type { Store, TenantStore } from "../../core/ports/store.port";
import { containerLayout, cosmosLayout } from "./cosmos-layout";
import { withRetry } from "./cosmos-retry";
import { TenantScope } from "./cosmos-scope";
import { CosmosTenantStore } from "./cosmos-tenant-store";

export interface CosmosStoreOptions {
  endpoint: string;
  /** Account key (emulator, local stand-in). Prefer `credential` anywhere real. */
  key?: string;
  credential?: CosmosClientOptions["aadCredentials"];
  database?: string;
  agent?: CosmosClientOptions["agent"];
  connectionPolicy?: CosmosClientOptions["connectionPolicy"];
  /** Clock for stamps. */
  now?: () => string;
}

export async function openCosmosStore(options: CosmosStoreOptions): Promise<CosmosStore> {
  if (!options.key && !options.credential) throw new Error("Cosmos DB needs a key or a credential");
  const client = new CosmosClient({
    endpoint: options.endpoint,
    ...(options.key ? { key: options.key } : {}),
    ...(options.credential ? { aadCredentials: options.credential } : {}),
    ...(options.agent ? { agent: options.agent } : {}),
    connectionPolicy: {
      ...options.connectionPolicy,
      // 429s are retried by the SDK first (honouring the server's retry-after), bulk writes retry again.
      retryOptions: { maxRetryAttemptCount: 9, maxWaitTimeInSeconds: 30, ...options.connectionPolicy?.retryOptions },
    },
  });
  return new CosmosStore(client, options.database ?? cosmosLayout.database, options.now);
}

export class CosmosStore implements Store {
  readonly kind = "cosmos" as const;
  private readonly database: Database;
  private readonly ledger: Container;
  private readonly firm: Container;
  private readonly now: () => string;

  constructor(
    private readonly client: CosmosClient,
    databaseId: string,
    now: () => string = () => new Date().toISOString(),
  ) {
    this.database = client.database(databaseId);
    this.ledger = this.database.container(containerLayout("ledger").name);
    this.firm = this.database.container(containerLayout("firm").name);
    this.now = now;
  }

  forTenant(tenantId: string): TenantStore {
    if (!tenantId) throw new Error("a tenant id is required");
    return new CosmosTenantStore(new TenantScope(tenantId, this.ledger, this.firm), this.now);
  }

  /** The one deliberately cross-tenant query: one `tenant` item per firm, so no DISTINCT is needed. */
  async listTenantIds(): Promise<string[]> {
    const query = {
      query: "SELECT VALUE c.tenantId FROM c WHERE c.type = @type",
      parameters: [{ name: "@type", value: "tenant" }],
    };
    const { resources } = await withRetry(() => this.firm.items.query<string>(query).fetchAll());
    return resources;
  }

  async ping(): Promise<boolean> {
    try {
      await this.database.read();
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    this.client.dispose();
  }
}
