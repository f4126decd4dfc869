/**
 * Opens the configured store: the embedded SQLite default, or Cosmos DB when an endpoint is set.
 * In Azure, Cosmos is reached with the app's managed identity (no key in settings); a key is only
 * for the emulator or a local stand-in.
 */
import type { Store } from "../core/ports/store.port";
import { SqliteStore } from "./sqlite/sqlite-store";

export type StoreSettings =
  | { kind: "embedded"; dataDir: string }
  | { kind: "cosmos"; endpoint: string; key?: string; database: string };

export async function openStore(settings: StoreSettings): Promise<Store> {
  if (settings.kind === "embedded") return SqliteStore.open({ dataDir: settings.dataDir });
  const { openCosmosStore } = await import("./cosmos/cosmos-store");
  if (settings.key)
    return openCosmosStore({ endpoint: settings.endpoint, key: settings.key, database: settings.database });
  const { DefaultAzureCredential } = await import("@azure/identity");
  // AZURE_CLIENT_ID selects the user-assigned identity; DefaultAzureCredential reads it itself.
  return openCosmosStore({
    endpoint: settings.endpoint,
    credential: new DefaultAzureCredential(),
    database: settings.database,
  });
}
