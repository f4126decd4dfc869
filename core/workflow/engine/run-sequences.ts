/**
 * The daily run (timer, CLI and API share it). Order matters: promises and plans are resolved
 * first so that a promise broken or a plan defaulted today releases its pause in the same run; then
 * paid invoices close with a receipt, and every other open invoice gets its due step drafted once.
 * Nothing is sent: drafts wait for a person. Safe to repeat for the same day (idempotent touches).
 */
import type { Escalation } from "../../actions/documents";
import { addDays } from "../../domain/dates";
import type { IsoDate, IsoInstant } from "../../domain/types";
import type { NewInteraction, TenantStore } from "../../ports/store.port";
import { loadWorkflowConfig } from "../config/config-store";
import type { DraftSink } from "../ports/draft-sink.port";
import type { RenderDraft } from "../ports/render-draft.port";
import { updatePlans } from "../plans/update-plans";
import { resolvePromises } from "../promises/resolve-promises";
import { type EscalationWanted, requestWorkflowEscalations } from "./escalate";
import { claimChunks, claimGroups } from "./claims";
import { executeGroup, type GroupOutcome } from "./execute-group";
import { contactHistories, unhandledReplies } from "./history";
import { buildPauseIndex } from "./pauses";
import { paymentsCache } from "./payments-cache";
import { planDay, type PlannedGroup } from "./plan-day";
import { forEachLimit } from "./pool";
import { planReceipts } from "./receipts";
import { loadSnapshot } from "./snapshot";
import { type RunSummary, summarize } from "./summary";

export interface RunSequencesInput {
  asOf: IsoDate;
  /** The run's instant: stamps the audit records and places the recipient's local hour for quiet hours. */
  runAt: IsoInstant;
  /** The payment model's recommended escalation day per client. */
  escalationDates?: Map<string, IsoDate>;
}

export interface RunSequencesDeps {
  sink: DraftSink;
  render: RenderDraft;
  newId: () => string;
  /** Called once per escalation the run created (the Teams bot posts the card from here). */
  onEscalationCreated?: (escalation: Escalation) => Promise<void> | void;
  concurrency?: number;
}

const AUDIT_CHUNK = 1000;

export async function runSequences(
  store: TenantStore,
  input: RunSequencesInput,
  deps: RunSequencesDeps,
): Promise<RunSummary> {
  const { asOf, runAt } = input;
  const { version, config } = await loadWorkflowConfig(store);
  const snapshot = await loadSnapshot(store, asOf, runAt);
  const paymentsOf = paymentsCache(store);
  const base = { asOf, runAt, paymentsOf, clients: snapshot.clients, newId: deps.newId };
  const promises = await resolvePromises(store, snapshot.promises, {
    ...base,
    graceDays: config.policy.promiseGraceDays,
  });
  const plans = await updatePlans(store, snapshot.plans, { ...base, policy: config.plans });
  const records: NewInteraction[] = [...promises.records, ...plans.records];
  const pauses = buildPauseIndex(
    {
      disputes: snapshot.disputes,
      plans: plans.plans,
      holds: snapshot.holds,
      promises: promises.open,
      states: snapshot.states,
      unhandledReplies: unhandledReplies(snapshot.interactions, snapshot.states),
    },
    asOf,
    config.policy.promiseGraceDays,
  );
  const day = planDay({
    ...snapshot,
    asOf,
    runAt,
    config,
    pauses,
    histories: contactHistories(snapshot.interactions, asOf),
  });
  const receipts = await planReceipts(store, snapshot, config, asOf);
  const leaseUntil = new Date(Date.parse(runAt) + config.policy.claimLeaseMinutes * 60_000).toISOString();
  const outcomes: { group: PlannedGroup; outcome: GroupOutcome }[] = [];
  const flush = async (force: boolean) => {
    if (records.length >= (force ? 1 : AUDIT_CHUNK)) await store.appendInteractions(records.splice(0));
  };
  // Steps are claimed in bulk a chunk of groups at a time (one store round trip per ~1,000 touches).
  for (const chunk of claimChunks([...receipts.groups, ...day.groups])) {
    const claimed = await claimGroups(store, chunk, { asOf, runAt, leaseUntil });
    const work = chunk.map((group, i) => ({ group, claims: claimed[i]! }));
    await forEachLimit(work, deps.concurrency ?? 8, async ({ group, claims }) => {
      const client = snapshot.clients.get(group.clientId)!;
      const ctx = { ...deps, store, asOf, runAt, leaseUntil, tenant: snapshot.tenant, client, users: snapshot.users };
      const outcome = await executeGroup(group, ctx, claims);
      outcomes.push({ group, outcome });
      records.push(...outcome.records);
      await flush(false);
    });
  }
  const wanted: EscalationWanted[] = outcomes.flatMap(({ group, outcome }) =>
    outcome.escalate ? [{ clientId: group.clientId, ...outcome.escalate, source: "workflow" as const }] : [],
  );
  for (const [clientId, date] of input.escalationDates ?? []) {
    const p = pauses.get(clientId);
    if (date > asOf || date < addDays(asOf, -30) || p?.holdUntil || p?.manual || !snapshot.clients.has(clientId))
      continue;
    wanted.push({
      clientId,
      option: "partner-call",
      source: "model",
      key: `${clientId}|model|${date}`,
      reason: `The payment model's recommended escalation date (${date}) was reached`,
    });
  }
  const escalations = await requestWorkflowEscalations(
    store,
    wanted,
    { asOf, now: runAt, newId: deps.newId },
    deps.onEscalationCreated,
  );
  await flush(true);
  return summarize({
    asOf,
    runAt,
    configVersion: version,
    tally: day.tally,
    outcomes,
    receipts,
    promises,
    plans,
    escalations,
  });
}
