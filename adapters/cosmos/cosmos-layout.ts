/**
 * The container layout, read from `infra/cosmos-layout.json` (the one source of truth shared with the
 * Bicep templates). The code depends on the key paths, so a layout edit that breaks them fails at load.
 */
import { type CosmosClient, PartitionKeyDefinitionVersion, PartitionKeyKind } from "@azure/cosmos";
import layoutJson from "../../infra/cosmos-layout.json" with { type: "json" };

export interface ContainerLayout {
  name: string;
  partitionKeyPaths: string[];
  kind?: string;
}

export interface CosmosLayout {
  database: string;
  containers: ContainerLayout[];
}

export const cosmosLayout: CosmosLayout = layoutJson;

const EXPECTED: Record<"ledger" | "firm", string[]> = { ledger: ["/tenantId", "/clientId"], firm: ["/tenantId"] };

export function containerLayout(name: "ledger" | "firm", layout: CosmosLayout = cosmosLayout): ContainerLayout {
  const found = layout.containers.find((c) => c.name === name);
  if (!found || found.partitionKeyPaths.join() !== EXPECTED[name].join()) {
    throw new Error(`cosmos layout: container "${name}" must be keyed by ${EXPECTED[name].join(", ")}`);
  }
  return found;
}

/**
 * Creates the database and containers when missing. For tests and local runs only: in Azure the
 * infrastructure templates create them, and a managed identity with data-plane roles may not.
 */
export async function ensureCosmosLayout(client: CosmosClient, database = cosmosLayout.database): Promise<void> {
  const { database: db } = await client.databases.createIfNotExists({ id: database });
  for (const name of ["ledger", "firm"] as const) {
    const { partitionKeyPaths, kind } = containerLayout(name);
    await db.containers.createIfNotExists({
      id: name,
      partitionKey: {
        paths: partitionKeyPaths,
        kind: kind === "MultiHash" ? PartitionKeyKind.MultiHash : PartitionKeyKind.Hash,
        version: PartitionKeyDefinitionVersion.V2,
      },
    });
  }
}
