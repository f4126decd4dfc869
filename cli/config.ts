/** The CLI's configuration: the only place the CLI reads `process.env`. */
import type { StoreSettings } from "../adapters/open-store";

export interface CliConfig {
  store: StoreSettings;
  dataDir: string;
  tenantId: string;
}

export function loadCliConfig(env: Record<string, string | undefined> = process.env): CliConfig {
  const dataDir = env.NUDGE_DATA_DIR || ".data";
  const cosmos = env.NUDGE_STORE === "cosmos" || (!env.NUDGE_STORE && env.COSMOS_ENDPOINT);
  if (cosmos && !env.COSMOS_ENDPOINT) throw new Error("NUDGE_STORE=cosmos needs COSMOS_ENDPOINT");
  const store: StoreSettings = cosmos
    ? {
        kind: "cosmos",
        endpoint: env.COSMOS_ENDPOINT!,
        database: env.COSMOS_DATABASE || "nudge",
        ...(env.COSMOS_KEY ? { key: env.COSMOS_KEY } : {}),
      }
    : { kind: "embedded", dataDir };
  return { store, dataDir, tenantId: env.NUDGE_TENANT || "demo-firm" };
}
