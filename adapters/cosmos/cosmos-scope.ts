/**
 * One firm's slice of the two containers. Every query and point read goes through here, so the tenant
 * condition is part of the SQL by construction (the Cosmos stand-in ignores the `partitionKey` option,
 * and a forgotten filter would leak another firm's data) and the partition key, or its tenant prefix,
 * is passed as well so real Cosmos routes the query to the firm's partitions only.
 */
import type { Container, JSONValue, PartitionKey } from "@azure/cosmos";
import { isStatus, withRetry } from "./cosmos-retry";

export type ContainerName = "ledger" | "firm";

export interface QuerySpec {
  /** Conditions ANDed after `c.tenantId = @tenantId`. */
  where: string[];
  params?: Record<string, JSONValue>;
  /** Narrows a ledger query to one client's partition (single-partition query). */
  clientId?: string;
  select?: string;
}

export class TenantScope {
  constructor(
    readonly tenantId: string,
    readonly ledger: Container,
    readonly firm: Container,
  ) {}

  container(name: ContainerName): Container {
    return name === "ledger" ? this.ledger : this.firm;
  }

  /** Full key `[tenant, client]` for one client, the tenant prefix `[tenant]` for the whole firm. */
  ledgerKey(clientId?: string): PartitionKey {
    return clientId === undefined ? [this.tenantId] : [this.tenantId, clientId];
  }

  async query<T>(name: ContainerName, spec: QuerySpec): Promise<T[]> {
    const conditions = ["c.tenantId = @tenantId", ...spec.where];
    const params: Record<string, JSONValue> = { ...spec.params, tenantId: this.tenantId };
    if (name === "ledger" && spec.clientId !== undefined) {
      conditions.push("c.clientId = @partitionClientId");
      params.partitionClientId = spec.clientId;
    }
    const parameters = Object.entries(params).map(([key, value]) => ({ name: `@${key}`, value }));
    const query = `SELECT ${spec.select ?? "*"} FROM c WHERE ${conditions.join(" AND ")}`;
    const partitionKey = name === "firm" ? this.tenantId : this.ledgerKey(spec.clientId);
    const { resources } = await withRetry(() =>
      this.container(name).items.query<T>({ query, parameters }, { partitionKey }).fetchAll(),
    );
    return resources;
  }

  /** Point read (1 RU); undefined when absent. */
  async read<T>(name: ContainerName, id: string, clientId?: string): Promise<(T & { _etag: string }) | undefined> {
    const key = name === "firm" ? this.tenantId : this.ledgerKey(clientId);
    try {
      const { resource } = await withRetry(() => this.container(name).item(id, key).read<T & { _etag: string }>());
      return resource;
    } catch (error) {
      if (isStatus(error, 404)) return undefined;
      throw error;
    }
  }
}
