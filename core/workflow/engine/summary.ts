/** The JSON a run reports (CLI `--json`, API, timer log): counts only, no client data. */
import type { Escalation } from "../../actions/documents";
import type { IsoDate, IsoInstant } from "../../domain/types";
import type { PlanRun } from "../plans/update-plans";
import type { PromiseRun } from "../promises/resolve-promises";
import type { EscalationRun } from "./escalate";
import type { GroupOutcome } from "./execute-group";
import type { PlannedGroup } from "./plan-day";
import { type DayTally, tallySkip } from "./tally";

export interface RunSummary {
  asOf: IsoDate;
  runAt: IsoInstant;
  configVersion: number;
  openInvoices: number;
  /** Drafts and tasks created by this run (0 when the day was already run). */
  created: number;
  /** Invoices with a step due that got no new draft today (already done, guardrail, …): see `skipReasons`. */
  skipped: number;
  /** Invoices whose reminders are paused (dispute, plan, hold, promise, reply, manual): see `pauseReasons`. */
  paused: number;
  notDue: number;
  /** Invoice steps marked done by this run. */
  touched: number;
  drafts: { email: number; sms: number; letter: number; receipts: number; inOutlook: number; tasks: number };
  closedSilently: number;
  escalations: { created: number; alreadyPending: number; failed: number; ids: string[] };
  promises: { kept: number; broken: number };
  plans: { missedInstallments: number; defaulted: number; completed: number };
  failures: number;
  skipReasons: Record<string, number>;
  pauseReasons: Record<string, number>;
  /** Escalations created, for the composition root's notifier. */
  escalationsCreated: Escalation[];
}

export function summarize(input: {
  asOf: IsoDate;
  runAt: IsoInstant;
  configVersion: number;
  tally: DayTally;
  outcomes: { group: PlannedGroup; outcome: GroupOutcome }[];
  receipts: { closed: number };
  promises: PromiseRun;
  plans: PlanRun;
  escalations: EscalationRun;
}): RunSummary {
  const tally = structuredClone(input.tally);
  const drafts = { email: 0, sms: 0, letter: 0, receipts: 0, inOutlook: 0, tasks: 0 };
  let created = 0;
  let touched = 0;
  let failures = 0;
  for (const { group, outcome } of input.outcomes) {
    const isReceipt = group.lead.step.purpose === "receipt";
    if (outcome.conflicts && !isReceipt) tallySkip(tally, "already-done", outcome.conflicts);
    if (outcome.failed) {
      failures += 1;
      if (!isReceipt) tallySkip(tally, "draft-failed", group.items.length);
    }
    created += outcome.created;
    if (!isReceipt) touched += outcome.claimed;
    if (!outcome.created) continue;
    if (group.kind === "task") drafts.tasks += 1;
    else if (isReceipt) drafts.receipts += 1;
    else if (group.channel === "email" || group.channel === "sms" || group.channel === "letter")
      drafts[group.channel] += 1;
    if (outcome.draft?.location === "outlook") drafts.inOutlook += 1;
  }
  return {
    asOf: input.asOf,
    runAt: input.runAt,
    configVersion: input.configVersion,
    openInvoices: tally.openInvoices,
    created,
    skipped: tally.skipped,
    paused: tally.paused,
    notDue: tally.notDue,
    touched,
    drafts,
    closedSilently: input.receipts.closed,
    escalations: {
      created: input.escalations.created.length,
      alreadyPending: input.escalations.alreadyPending,
      failed: input.escalations.failed,
      ids: input.escalations.created.map((e) => e.id),
    },
    promises: { kept: input.promises.kept, broken: input.promises.broken },
    plans: {
      missedInstallments: input.plans.missed,
      defaulted: input.plans.defaulted,
      completed: input.plans.completed,
    },
    failures,
    skipReasons: tally.skipReasons,
    pauseReasons: tally.pauseReasons,
    escalationsCreated: input.escalations.created,
  };
}
