/**
 * The bot as the Functions app uses it: the adapter and handler for `/api/messages`, the escalation
 * notifier for the routes and the workflow engine, the request notifier for payment plans and
 * write-offs proposed outside an escalation, and the weekly digest. Built once per process by
 * the composition root; every botbuilder object stays behind this facade.
 */
import type { Store } from "../core/ports/store.port";
import type { IsoDate } from "../core/domain/types";
import type { DecisionService } from "./decisions/decision-service";
import { createMessenger } from "./conversations/messenger";
import { type BotEnv, noScores, type ScoreSource } from "./env";
import { createEscalationNotifier, type EscalationNotifier } from "./escalations/notifier";
import { NudgeBot } from "./nudge-bot";
import { createRequestNotifier, type RequestNotifier } from "./requests/notifier";
import { createCloudAdapter, type BotSettings } from "./platform/adapter";
import { type BotHttpRequest, type BotHttpResponse, processBotRequest } from "./platform/http";
import { admitsUnauthenticated } from "./platform/loopback";
import type { AtRiskSource } from "./digest/digest-figures";
import { digestWeekDue } from "./digest/schedule";
import { type DigestResult, sendWeeklyDigest } from "./digest/send-digest";
import { workflowDecisions } from "./decisions/workflow-decisions";
import { logFailure } from "./log";

export interface BotRuntimeOptions {
  settings: BotSettings;
  store: Store;
  publicUrl: string;
  now: () => Date;
  today: () => IsoDate;
  decisions?: DecisionService;
  scores?: ScoreSource;
  atRisk?: AtRiskSource;
}

export interface BotRuntime {
  /** Handles one POST /api/messages; `url` is the request URL as the host saw it. */
  handle(request: BotHttpRequest & { url: string }): Promise<BotHttpResponse>;
  notifier: EscalationNotifier;
  /** Payment plans and write-offs proposed outside an escalation: the decider's card, refreshes. */
  requests: RequestNotifier;
  sendDigest(tenantId: string, options: { asOf: IsoDate; once: boolean }): Promise<DigestResult>;
  /** The hourly timer: posts each firm's digest when it is due on the firm's clock. */
  runScheduledDigests(): Promise<{ tenantId: string; status: DigestResult["status"] | "not-due" }[]>;
}

export function createBotRuntime(options: BotRuntimeOptions): BotRuntime {
  const adapter = createCloudAdapter(options.settings);
  const env: BotEnv = {
    store: options.store,
    publicUrl: options.publicUrl,
    now: options.now,
    today: options.today,
    decisions: options.decisions ?? workflowDecisions,
    scores: options.scores ?? noScores,
    messenger: createMessenger(adapter, options.settings.appId),
    ...(options.atRisk ? { atRisk: options.atRisk } : {}),
  };
  const bot = new NudgeBot(env);
  const authenticated = Boolean(options.settings.appId);
  return {
    async handle(request) {
      if (!authenticated && !admitsUnauthenticated(request, request.body)) {
        return {
          status: 401,
          body: {
            title: "Sign-in required",
            status: 401,
            code: "AUTH_MISSING",
            detail: "without a bot app id, activities are accepted from loopback only",
          },
        };
      }
      return processBotRequest(adapter, request, (context) => bot.run(context));
    },
    notifier: createEscalationNotifier(env),
    requests: createRequestNotifier(env),
    sendDigest: (tenantId, digestOptions) => sendWeeklyDigest(env, env.store.forTenant(tenantId), digestOptions),
    async runScheduledDigests() {
      const now = env.now().toISOString();
      const out: { tenantId: string; status: DigestResult["status"] | "not-due" }[] = [];
      for (const tenantId of await env.store.listTenantIds()) {
        const store = env.store.forTenant(tenantId);
        try {
          const week = digestWeekDue(now, (await store.getTenant())?.timeZone ?? "UTC");
          const status = week ? (await sendWeeklyDigest(env, store, { asOf: week, once: true })).status : "not-due";
          out.push({ tenantId, status });
        } catch (error) {
          // One firm's failure must not hold back the others' digests; the next hourly run retries it.
          logFailure("digest run failed", error, { tenant: tenantId });
          out.push({ tenantId, status: "failed" });
        }
      }
      return out;
    },
  };
}
