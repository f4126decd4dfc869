/** Opens the configured store: the embedded SQLite default, or Cosmos DB when an endpoint is set. */
import type { Store } from "../core/ports/store.port";
import { SqliteStore } from "./sqlite/sqlite-store";

export type StoreSettings =
  | { kind: "embedded"; dataDir: string }
  | { kind: "cosmos"; endpoint: string; key?: string; database: string };

export async function openStore(settings: StoreSettings): Promise<Store> {
  if (settings.kind === "embedded") return SqliteStore.open({ dataDir: settings.dataDir });
  const { openCosmosStore } = await import("./cosmos/cosmos-store");
  return openCosmosStore(settings);
}
