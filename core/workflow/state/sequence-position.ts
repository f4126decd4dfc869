/**
 * Where one client stands in its follow-up sequence on a given day, for the task pane: which
 * sequence applies, the step it is at (with the invoice and when it was drafted), the next step the
 * daily run will draft and on which day, and whether reminders are paused and why.
 *
 * Pure, and built from the engine's own rules so the pane never disagrees with the run: the
 * invoices in the follow-up (`inWorkflow`), due dates under the terms and the sequence by the rules
 * (`invoiceStep`), the step due under the catch-up and resume policies (`dueStep`), pauses
 * (`buildPauseIndex`, `pauseReason`, `unhandledReplies`), and the guardrails that move a draft to a
 * later day: no drafting on weekends and holidays under `skip-day` (`runDraftsOn`), the contact
 * interval and weekly cap given the contacts made so far (`checkContact`, `contactHistories`).
 * Under `defer-send` a step falling on a weekend or holiday is drafted that day and may be sent
 * from the next business day (`sendAfter`).
 */
import type { Dispute, Hold, PromiseToPay } from "../../actions/documents";
import { addDays, daysBetween } from "../../domain/dates";
import type { Client, Interaction, Invoice, IsoDate, Matter } from "../../domain/types";
import { sequenceSelector } from "../config/select-sequence";
import type { SequenceStep, StepChannel, WorkflowConfig } from "../config/types";
import { type SequenceState, type SequenceTouch, touchKey } from "../documents";
import { dueStep } from "../engine/due-step";
import { contactHistories, unhandledReplies } from "../engine/history";
import { buildPauseIndex, type PauseReason, pauseReason } from "../engine/pauses";
import { type InvoiceStep, invoiceStep, leadOf, workKey } from "../engine/plan-day";
import { doneKey, inWorkflow, markDone } from "../engine/snapshot";
import { isBusinessDay, nextBusinessDay, runDraftsOn } from "../guardrails/calendar";
import { type ContactSkipReason, checkContact } from "../guardrails/contact-rules";
import type { PaymentPlan } from "../plans/plan-types";

export interface SequencePositionInput {
  asOf: IsoDate;
  config: WorkflowConfig;
  client: Client;
  matters: Matter[];
  /** The client's invoices; those not in the follow-up on `asOf` (paid, written off, issued later) are ignored. */
  invoices: Invoice[];
  /** The client's sequence touches the engine counts as done (claims whose run died without a draft left out). */
  touches: SequenceTouch[];
  disputes: Dispute[];
  plans: PaymentPlan[];
  holds: Hold[];
  promises: PromiseToPay[];
  /** The client's sequence-state document (a person's pause, reply handled), if any. */
  state?: SequenceState;
  /** The client's interactions in the engine's lookback window, in append order. */
  interactions: Interaction[];
}

/** A sequence step as it applies to one invoice. */
export interface PositionStep {
  sequenceId: string;
  stepId: string;
  /** The step's label, else its id. */
  label: string;
  offsetDays: number;
  channel: StepChannel;
  needsApproval: boolean;
  invoiceId: string;
  invoiceNumber: string;
  /** The day the step's offset is reached: the invoice's due date under the terms + the offset. */
  stepDate: IsoDate;
}

export interface CurrentStep extends PositionStep {
  /** `drafted`: done (a draft or task exists); `due`: reached but not drafted yet; `missed`: passed by (`exact-day`). */
  state: "drafted" | "due" | "missed";
  /** The day of the run that drafted it. */
  draftedOn?: IsoDate;
}

export interface NextStep extends PositionStep {
  /** The day the daily run will draft it: its step date, or later when a guardrail holds it. */
  date: IsoDate;
  /** The channel the guardrails will use (a step on a channel not allowed falls back). */
  channel: StepChannel;
  /** Drafted on a weekend or holiday under `defer-send`: the first business day it may be sent. */
  sendAfter?: IsoDate;
  /** Why it comes later than its step date (`non-business-day`, `min-interval`, `weekly-cap`, …). */
  movedBy?: string[];
  /** Invoices whose step the run drafts in the same draft (or task) that day. */
  invoices: number;
}

export interface PauseLine {
  reason: PauseReason;
  /** Invoices this reason pauses (each invoice counts under its first reason, as in the engine). */
  invoices: number;
  /** When the pause ends by itself: the hold's date, a person's pause date, a promise's date + grace. */
  until?: IsoDate;
  /** A person's note on a manual pause. */
  note?: string;
}

export type SequenceStatus =
  /** Nothing open: no sequence. */
  | "none"
  /** Invoices in the sequence, none has reached a step yet. */
  | "not-started"
  | "active"
  /** Every open invoice is paused. */
  | "paused"
  /** Every step of every invoice in the sequence is done (or passed by). */
  | "finished"
  /** Steps remain but a guardrail stops every one of them (e.g. every contact opted out). */
  | "blocked";

export interface SequencePosition {
  clientId: string;
  asOf: IsoDate;
  status: SequenceStatus;
  /** The sequence of the next step's invoice (else of the current step's, else of the first open invoice). */
  sequence?: { id: string; name: string };
  /** Every sequence the client's open invoices follow, with how many invoices follow it. */
  sequences: { id: string; name: string; invoices: number }[];
  openInvoices: number;
  /** Open invoices in the sequence today (not paused). */
  invoices: number;
  paused?: { invoices: number; reasons: PauseLine[] };
  /** The most advanced step reached by an invoice in the sequence (by a paused one when all are paused). */
  current?: CurrentStep;
  /** The earliest step the daily run will draft for an invoice in the sequence. */
  next?: NextStep;
  /** With status `blocked`: the guardrail that stops the remaining steps. */
  blockedBy?: ContactSkipReason;
}

interface Row extends InvoiceStep {
  invoice: Invoice;
  paused: PauseReason | undefined;
}

interface Upcoming {
  row: Row;
  step: SequenceStep;
  date: IsoDate;
  channel: StepChannel;
  movedBy: string[];
}

export function sequencePosition(input: SequencePositionInput): SequencePosition {
  const { asOf, config, client } = input;
  const open = input.invoices.filter((i) => i.clientId === client.id && inWorkflow(i, asOf));
  const base = { clientId: client.id, asOf, sequences: [], openInvoices: open.length, invoices: 0 };
  if (open.length === 0) return { ...base, status: "none" };

  const states = input.state ? [input.state] : [];
  const pauses = buildPauseIndex(
    {
      disputes: input.disputes,
      plans: input.plans,
      holds: input.holds,
      promises: input.promises,
      states,
      unhandledReplies: unhandledReplies(input.interactions, states),
    },
    asOf,
    config.policy.promiseGraceDays,
  ).get(client.id);
  const done = new Map<string, Set<string>>();
  const draftedOn = new Map<string, IsoDate>();
  for (const t of input.touches) {
    markDone(done, t);
    draftedOn.set(touchKey(t.invoiceId, t.stepId, t.dueDate), t.runDate);
  }
  const ctx = {
    asOf,
    config,
    select: sequenceSelector(config),
    matters: new Map(input.matters.map((m) => [m.id, m])),
    done,
  };
  const rows: Row[] = open.map((invoice) => ({
    invoice,
    paused: pauseReason(invoice, pauses),
    ...invoiceStep(invoice, client, ctx),
  }));
  const running = rows.filter((r) => !r.paused);

  const currentOf = (r: Row) => currentStep(r, done, draftedOn);
  const current =
    mostAdvanced(running.flatMap((r) => currentOf(r) ?? [])) ?? mostAdvanced(rows.flatMap((r) => currentOf(r) ?? []));
  const ahead = running.map((r) => upcoming(r, input, done));
  const found = ahead.filter((a): a is Upcoming => "date" in a);
  const next = nextOf(found, input);
  const blockedBy = ahead.find((a): a is { blockedBy: ContactSkipReason } => "blockedBy" in a)?.blockedBy;

  const sequences = new Map<string, { id: string; name: string; invoices: number }>();
  for (const r of rows) {
    const s = sequences.get(r.sequence.id);
    if (s) s.invoices += 1;
    else sequences.set(r.sequence.id, { id: r.sequence.id, name: r.sequence.name, invoices: 1 });
  }
  const primaryId = next?.sequenceId ?? current?.sequenceId ?? (running[0] ?? rows[0]!).sequence.id;
  const primary = sequences.get(primaryId)!;

  let status: SequenceStatus;
  if (running.length === 0) status = "paused";
  else if (!next) status = blockedBy ? "blocked" : "finished";
  else if (!running.some((r) => currentOf(r))) status = "not-started";
  else status = "active";

  const paused = pauseLines(rows, input, pauses?.holdUntil);
  return {
    ...base,
    status,
    sequence: { id: primary.id, name: primary.name },
    sequences: [...sequences.values()],
    invoices: running.length,
    ...(paused ? { paused } : {}),
    ...(current ? { current } : {}),
    ...(next ? { next } : {}),
    ...(status === "blocked" && blockedBy ? { blockedBy } : {}),
  };
}

function describe(row: Row, step: SequenceStep): PositionStep {
  return {
    sequenceId: row.sequence.id,
    stepId: step.id,
    label: step.label ?? step.id,
    offsetDays: step.offsetDays,
    channel: step.channel,
    needsApproval: step.needsApproval,
    invoiceId: row.invoice.id,
    invoiceNumber: row.invoice.number,
    stepDate: addDays(row.dueDate, step.offsetDays),
  };
}

/** The step an invoice is at: the engine's choice for today; a step passed by shows the last one done before it. */
function currentStep(
  row: Row,
  done: Map<string, Set<string>>,
  draftedOn: Map<string, IsoDate>,
): CurrentStep | undefined {
  const { choice } = row;
  if (choice.kind === "not-yet") return undefined;
  const drafted = (step: SequenceStep): CurrentStep => {
    const on = draftedOn.get(touchKey(row.invoice.id, step.id, row.dueDate));
    return { ...describe(row, step), state: "drafted", ...(on ? { draftedOn: on } : {}) };
  };
  if (choice.kind === "done") return drafted(choice.step);
  if (choice.kind === "due") return { ...describe(row, choice.step), state: "due" };
  const steps = row.sequence.steps;
  const doneSteps = done.get(doneKey(row.invoice.id, row.dueDate));
  const upTo = steps.indexOf(choice.step);
  for (let i = upTo; i >= 0; i--) if (doneSteps?.has(steps[i]!.id)) return drafted(steps[i]!);
  return { ...describe(row, choice.step), state: "missed" };
}

/** The most advanced step; among equals the one reached last. */
function mostAdvanced(steps: CurrentStep[]): CurrentStep | undefined {
  let best: CurrentStep | undefined;
  for (const s of steps) {
    const when = (x: CurrentStep) => x.draftedOn ?? x.stepDate;
    if (!best || s.offsetDays > best.offsetDays || (s.offsetDays === best.offsetDays && when(s) > when(best))) best = s;
  }
  return best;
}

/**
 * The first day from `asOf` on which the daily run drafts a step for this invoice, replaying the
 * engine's day: the step due that day (`dueStep`, with the steps done so far), drafted only on a
 * day the run drafts (`runDraftsOn`) and when the contact rules allow it on that day.
 */
function upcoming(
  row: Row,
  input: SequencePositionInput,
  done: Map<string, Set<string>>,
): Upcoming | { blockedBy: ContactSkipReason } | { none: true } {
  const { config, client } = input;
  const steps = row.sequence.steps;
  const doneSteps = done.get(doneKey(row.invoice.id, row.dueDate));
  if (steps.length === 0) return { none: true };
  const last = steps[steps.length - 1]!.offsetDays;
  const moved = new Set<string>();
  let heldStep: SequenceStep | undefined;
  let blocked: ContactSkipReason | undefined;
  // After the last step's day the choice no longer changes; a year past it is enough for any guardrail.
  const horizon = Math.max(0, last - row.daysPastDue) + 366;
  for (let i = 0, day = input.asOf; i <= horizon; i++, day = addDays(day, 1)) {
    const late = daysBetween(row.dueDate, day);
    const choice = dueStep(steps, late, doneSteps, config.policy);
    if (choice.kind !== "due") {
      if (late >= last && choice.kind !== "not-yet") break;
      continue;
    }
    // What held an earlier step back did not move this one.
    if (choice.step !== heldStep) moved.clear();
    heldStep = choice.step;
    if (!runDraftsOn(day, config.guardrails)) {
      moved.add("non-business-day");
      continue;
    }
    const decision = checkContact({
      client,
      channel: choice.step.channel,
      tone: choice.step.tone,
      asOf: day,
      history: contactHistories(input.interactions, day).get(client.id) ?? { contactsLast7Days: 0 },
      guardrails: config.guardrails,
    });
    if (decision.ok) {
      // A call or partner task is a task whatever channel the rules would reach the client on.
      const channel = workKey(choice.step) === "draft" ? decision.channel : choice.step.channel;
      return { row, step: choice.step, date: day, channel, movedBy: [...moved] };
    }
    moved.add(decision.reason);
    blocked = decision.reason;
    // A rule about who may be reached does not change from day to day once the last step is current.
    if (late >= last && decision.reason !== "min-interval" && decision.reason !== "weekly-cap") break;
  }
  return blocked ? { blockedBy: blocked } : { none: true };
}

/** The earliest upcoming step; on one day the run's lead step (the most advanced) with the invoices sharing its work. */
function nextOf(found: Upcoming[], input: SequencePositionInput): NextStep | undefined {
  if (found.length === 0) return undefined;
  const first = found.reduce((a, b) => (b.date < a.date ? b : a)).date;
  const sameDay = found.filter((u) => u.date === first);
  const lead = leadOf(sameDay);
  const together = sameDay.filter((u) => workKey(u.step) === workKey(lead.step));
  const sendAfter =
    lead.channel !== "partner-task" && !isBusinessDay(lead.date, input.config.guardrails)
      ? nextBusinessDay(lead.date, input.config.guardrails)
      : undefined;
  return {
    ...describe(lead.row, lead.step),
    channel: lead.channel,
    needsApproval: together.some((u) => u.step.needsApproval),
    date: lead.date,
    ...(sendAfter ? { sendAfter } : {}),
    ...(lead.movedBy.length ? { movedBy: lead.movedBy } : {}),
    invoices: together.length,
  };
}

function pauseLines(
  rows: Row[],
  input: SequencePositionInput,
  holdUntil: IsoDate | undefined,
): SequencePosition["paused"] | undefined {
  const counts = new Map<PauseReason, number>();
  for (const r of rows) if (r.paused) counts.set(r.paused, (counts.get(r.paused) ?? 0) + 1);
  if (counts.size === 0) return undefined;
  const grace = input.config.policy.promiseGraceDays;
  const promiseEnds = input.promises
    .filter((p) => p.status === "open")
    .map((p) => addDays(p.promisedDate, grace))
    .filter((d) => d >= input.asOf)
    .sort();
  const manual = input.state?.paused;
  const reasons = [...counts].map(([reason, invoices]): PauseLine => {
    const until =
      reason === "hold"
        ? holdUntil
        : reason === "manual"
          ? manual?.until
          : reason === "promise"
            ? promiseEnds[promiseEnds.length - 1]
            : undefined;
    const note = reason === "manual" ? manual?.reason : undefined;
    return { reason, invoices, ...(until ? { until } : {}), ...(note ? { note } : {}) };
  });
  return { invoices: [...counts.values()].reduce((a, b) => a + b, 0), reasons };
}
