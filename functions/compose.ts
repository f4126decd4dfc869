/**
 * Composition root of the Functions app: builds the store, token validation and clock from the
 * configuration once per process, and hands them to every trigger.
 */
import { DEV_AUDIENCE, DEV_ISSUER, DEV_TENANT_ID, devJwks } from "../adapters/auth/dev-issuer";
import { createTokenValidator, entraKeySet, localKeySet, type TokenValidator } from "../adapters/auth/token-validator";
import { openStore } from "../adapters/open-store";
import type { IsoDate } from "../core/domain/types";
import type { Store } from "../core/ports/store.port";
import { type AppConfig, loadConfig, redactedSummary } from "./config";
import { type BotRuntime, createBotRuntime } from "../bot/runtime";
import { llmFromConfig } from "../adapters/llm/llm-from-config";
import type { LlmPort } from "../core/drafting/llm.port";
import { modelAtRisk, modelScores } from "./model-hooks";

export interface AppDeps {
  config: AppConfig;
  store: Store;
  validateToken: TokenValidator;
  /** The clock lives at the edge: handlers read it once and pass `asOf` into the domain. */
  now: () => Date;
  today: () => IsoDate;
  /** The Teams bot: `/api/messages`, escalation cards, the weekly digest. Tests that swap deps may leave it out. */
  bot?: BotRuntime;
  /** OpenAI / Azure OpenAI for drafts and reply reading; undefined without a key or endpoint (templates only). */
  llm?: LlmPort;
}

let deps: Promise<AppDeps> | undefined;

async function build(): Promise<AppDeps> {
  const config = loadConfig();
  const store = await openStore(config.store);
  const validateToken = config.auth.devIssuer
    ? createTokenValidator({
        audience: DEV_AUDIENCE,
        tenantIds: [DEV_TENANT_ID, ...config.auth.tenantIds],
        requiredScope: config.auth.requiredScope,
        issuerFor: () => DEV_ISSUER,
        keySet: localKeySet(await devJwks(config.auth.dataDir)),
      })
    : createTokenValidator({
        audience: config.auth.audience!,
        tenantIds: config.auth.tenantIds,
        requiredScope: config.auth.requiredScope,
        issuerFor: (tid) => `https://login.microsoftonline.com/${tid}/v2.0`,
        keySet: entraKeySet(),
      });
  console.info("nudge: started", JSON.stringify(redactedSummary(config)));
  const now = () => new Date();
  const today = () => now().toISOString().slice(0, 10);
  const bot = createBotRuntime({
    settings: config.bot,
    store,
    publicUrl: config.publicUrl,
    now,
    today,
    scores: modelScores,
    atRisk: modelAtRisk,
  });
  const llm = llmFromConfig(config.llm);
  return { config, store, validateToken, now, today, bot, ...(llm ? { llm } : {}) };
}

export function getDeps(): Promise<AppDeps> {
  deps ??= build();
  return deps;
}

/** Tests swap the dependencies (a temp store, a fixed clock). */
export function setDeps(next: AppDeps | undefined): void {
  deps = next ? Promise.resolve(next) : undefined;
}
