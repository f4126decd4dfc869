/**
 * The only place that reads `process.env` for the Functions app. Parsed once with a schema at
 * start-up; a bad value fails fast with the setting's name. `redactedSummary` is what gets logged.
 * The names here are the single list the infrastructure's app settings are checked against.
 */
import { z } from "zod";

const csv = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  );

const schema = z.object({
  NUDGE_STORE: z.enum(["embedded", "cosmos"]).optional(),
  NUDGE_DATA_DIR: z.string().default(".data"),
  COSMOS_ENDPOINT: z.string().url().optional(),
  COSMOS_KEY: z.string().optional(),
  COSMOS_DATABASE: z.string().default("nudge"),
  /** Entra ID: accepted tenants (allow-list), the API's audience (app id URI or client id). */
  AUTH_TENANT_IDS: csv,
  AUTH_AUDIENCE: z.string().optional(),
  AUTH_REQUIRED_SCOPE: z.string().default("access_as_user"),
  /** Local development only: accept tokens from the development issuer kept in the data folder. */
  NUDGE_DEV_AUTH: z.enum(["0", "1"]).default("0"),
  OPENAI_API_KEY: z.string().optional(),
  OPENAI_BASE_URL: z.string().url().optional(),
  OPENAI_MODEL: z.string().default("gpt-4o-mini"),
  AZURE_OPENAI_ENDPOINT: z.string().url().optional(),
  AZURE_OPENAI_DEPLOYMENT: z.string().optional(),
  AZURE_OPENAI_API_VERSION: z.string().default("2024-10-21"),
  LLM_TIMEOUT_MS: z.coerce.number().int().positive().default(6000),
  GRAPH_BASE_URL: z.string().url().default("https://graph.microsoft.com/v1.0"),
  MicrosoftAppId: z.string().default(""),
  MicrosoftAppType: z.enum(["MultiTenant", "SingleTenant", "UserAssignedMSI", ""]).default(""),
  MicrosoftAppTenantId: z.string().default(""),
  MicrosoftAppPassword: z.string().optional(),
  WEBSITE_SITE_NAME: z.string().optional(),
  NUDGE_PUBLIC_URL: z.string().default("https://localhost:3000"),
});

export type RawConfig = z.infer<typeof schema>;

export interface AppConfig {
  store: { kind: "embedded"; dataDir: string } | { kind: "cosmos"; endpoint: string; key?: string; database: string };
  auth: { devIssuer: boolean; tenantIds: string[]; audience?: string; requiredScope: string; dataDir: string };
  llm: RawConfig;
  bot: { appId: string; appType: string; appTenantId: string; appPassword?: string };
  publicUrl: string;
  runningInAzure: boolean;
}

export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`invalid configuration: ${issues}`);
  }
  const c = parsed.data;
  const runningInAzure = Boolean(c.WEBSITE_SITE_NAME);
  const storeKind = c.NUDGE_STORE ?? (c.COSMOS_ENDPOINT ? "cosmos" : "embedded");
  if (storeKind === "cosmos" && !c.COSMOS_ENDPOINT)
    throw new Error("invalid configuration: NUDGE_STORE=cosmos needs COSMOS_ENDPOINT");
  if (c.NUDGE_DEV_AUTH === "1" && runningInAzure)
    throw new Error("invalid configuration: NUDGE_DEV_AUTH is for local development only");
  if (c.NUDGE_DEV_AUTH !== "1" && (!c.AUTH_AUDIENCE || c.AUTH_TENANT_IDS.length === 0)) {
    throw new Error("invalid configuration: AUTH_AUDIENCE and AUTH_TENANT_IDS are required unless NUDGE_DEV_AUTH=1");
  }
  const store: AppConfig["store"] =
    storeKind === "cosmos"
      ? {
          kind: "cosmos",
          endpoint: c.COSMOS_ENDPOINT!,
          database: c.COSMOS_DATABASE,
          ...(c.COSMOS_KEY ? { key: c.COSMOS_KEY } : {}),
        }
      : { kind: "embedded", dataDir: c.NUDGE_DATA_DIR };
  return {
    store,
    auth: {
      devIssuer: c.NUDGE_DEV_AUTH === "1",
      tenantIds: c.AUTH_TENANT_IDS,
      requiredScope: c.AUTH_REQUIRED_SCOPE,
      dataDir: c.NUDGE_DATA_DIR,
      ...(c.AUTH_AUDIENCE ? { audience: c.AUTH_AUDIENCE } : {}),
    },
    llm: c,
    bot: {
      appId: c.MicrosoftAppId,
      appType: c.MicrosoftAppType,
      appTenantId: c.MicrosoftAppTenantId,
      ...(c.MicrosoftAppPassword ? { appPassword: c.MicrosoftAppPassword } : {}),
    },
    publicUrl: c.NUDGE_PUBLIC_URL,
    runningInAzure,
  };
}

/** What may be logged about the configuration: kinds and presence, never secrets or endpoints' keys. */
export function redactedSummary(config: AppConfig): Record<string, unknown> {
  return {
    store: config.store.kind,
    devAuth: config.auth.devIssuer,
    tenants: config.auth.tenantIds.length,
    llm: config.llm.AZURE_OPENAI_ENDPOINT ? "azure-openai" : config.llm.OPENAI_API_KEY ? "openai" : "templates",
    bot: config.bot.appId ? "authenticated" : "local-unauthenticated",
  };
}
