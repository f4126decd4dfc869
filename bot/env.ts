/**
 * What the bot's handlers need, handed in by the composition root (functions/compose.ts) or a test.
 * No handler reads the environment, the clock or the network except through these.
 */
import type { ActionDeps } from "../core/actions/documents";
import type { IsoDate } from "../core/domain/types";
import type { Principal } from "../core/ports/principal";
import type { Store, TenantStore } from "../core/ports/store.port";
import type { ScoreView } from "./cards/models";
import type { Messenger } from "./conversations/messenger";
import type { DecisionService } from "./decisions/decision-service";
import type { AtRiskSource } from "./digest/digest-figures";

/** The model's score for a client, or null when no model has scored it (shown as "not available"). */
export type ScoreSource = (
  store: TenantStore,
  principal: Principal,
  clientId: string,
  asOf: IsoDate,
) => Promise<ScoreView | null>;

export interface BotEnv {
  store: Store;
  publicUrl: string;
  now: () => Date;
  today: () => IsoDate;
  decisions: DecisionService;
  scores: ScoreSource;
  /** The model's riskiest accounts for the digest; absent until a model is wired in. */
  atRisk?: AtRiskSource;
  messenger: Messenger;
}

export const noScores: ScoreSource = async () => null;

export function actionDepsOf(env: BotEnv): ActionDeps {
  return { asOf: env.today(), now: env.now().toISOString(), newId: () => globalThis.crypto.randomUUID() };
}

/** Where a client opens in Nudge. */
export function clientUrl(env: Pick<BotEnv, "publicUrl">, clientId: string): string {
  return `${env.publicUrl.replace(/\/+$/, "")}/preview.html?client=${encodeURIComponent(clientId)}`;
}

export function dashboardUrl(env: Pick<BotEnv, "publicUrl">): string {
  return `${env.publicUrl.replace(/\/+$/, "")}/dashboard.html`;
}
