/**
 * Composition of the workflow engine for the Functions app: where drafts go (the collector's
 * Outlook through Graph when the Entra app's credentials are configured, else Nudge's queue), how
 * they are worded, and who hears about escalations the engine creates. Other triggers (the Teams
 * bot) subscribe with `onWorkflowEscalation` instead of editing the engine.
 */
import { createDraftSink } from "../adapters/graph/draft-sink-factory";
import type { Escalation } from "../core/actions/documents";
import type { IsoDate, IsoInstant } from "../core/domain/types";
import type { TenantStore } from "../core/ports/store.port";
import { modelEscalationDates } from "../core/usecases/model-escalations";
import { draftingRenderer } from "../core/workflow/drafts/drafting-renderer";
import { runSequences } from "../core/workflow/engine/run-sequences";
import type { RunSummary } from "../core/workflow/engine/summary";
import type { DraftSink } from "../core/workflow/ports/draft-sink.port";
import type { RenderDraft } from "../core/workflow/ports/render-draft.port";
import type { AppDeps } from "./compose";

export type EscalationListener = (tenantId: string, escalation: Escalation) => Promise<void> | void;
const listeners: EscalationListener[] = [];

/** Called for every escalation a workflow run creates (e.g. to post the partner's Teams card). */
export function onWorkflowEscalation(listener: EscalationListener): void {
  listeners.push(listener);
}

export function draftSinkFor(deps: AppDeps, store: TenantStore): DraftSink {
  const bot = deps.config.bot;
  if (!bot.appId || !bot.appPassword || !bot.appTenantId) return createDraftSink(store.documents);
  return createDraftSink(store.documents, {
    graph: {
      baseUrl: deps.config.llm.GRAPH_BASE_URL,
      credentials: { tenantId: bot.appTenantId, clientId: bot.appId, clientSecret: bot.appPassword },
    },
  });
}

/** Firm templates through the drafting module (plain facts-only wording if a template cannot be used). */
export function renderDraftFor(_deps: AppDeps, store: TenantStore): RenderDraft {
  return draftingRenderer(store);
}

export async function runDailySequences(
  deps: AppDeps,
  tenantId: string,
  input: { asOf: IsoDate; runAt: IsoInstant; escalationDates?: Map<string, IsoDate> },
): Promise<RunSummary> {
  const store = deps.store.forTenant(tenantId);
  // The payment model's escalation days (none before the first training) unless the caller chose.
  const run = { ...input, escalationDates: input.escalationDates ?? (await modelEscalationDates(store, input.asOf)) };
  return runSequences(store, run, {
    sink: draftSinkFor(deps, store),
    render: renderDraftFor(deps, store),
    newId: () => globalThis.crypto.randomUUID(),
    onEscalationCreated: async (escalation) => {
      // The Teams bot posts the partner's card (best effort: the escalation stands without Teams).
      await deps.bot?.notifier.escalationRequested(store, escalation);
      for (const listener of listeners) await listener(tenantId, escalation);
    },
  });
}
