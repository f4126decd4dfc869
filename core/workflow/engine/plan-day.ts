/**
 * The daily plan, pure: for every open invoice, its due date under the payment terms, its sequence,
 * whether it is paused, and which step is due. Due steps are grouped per client: one draft covers
 * every invoice of a client whose email/SMS/letter step is due (worded by the most advanced step),
 * and each call or partner task step gets its own task. Guardrails then allow, re-route or skip
 * each group; nothing is written here.
 */
import { daysBetween } from "../../domain/dates";
import type { Client, Invoice, IsoDate, IsoInstant, Matter, Tenant } from "../../domain/types";
import type { Tone } from "../../drafting/types";
import { sequenceSelector } from "../config/select-sequence";
import { effectiveDueDate } from "../config/terms";
import type { Sequence, SequenceStep, StepChannel, WorkflowConfig } from "../config/types";
import { runDraftsOn } from "../guardrails/calendar";
import { type ContactHistory, checkContact, contactRulesFor } from "../guardrails/contact-rules";
import { localTimeAt } from "../guardrails/local-time";
import { earliestSendSlot } from "../guardrails/send-window";
import { dueStep, type StepChoice } from "./due-step";
import { type ClientPauses, pauseReason } from "./pauses";
import { doneKey } from "./snapshot";
import { type DayTally, emptyTally, tallySkip } from "./tally";

export interface PlannedItem {
  invoice: Invoice;
  step: SequenceStep;
  sequenceId: string;
  dueDate: IsoDate;
  daysPastDue: number;
}

export interface PlannedGroup {
  /** Deterministic: the same client, day and kind always name the same draft or task. */
  id: string;
  clientId: string;
  kind: "draft" | "task";
  lead: PlannedItem;
  channel: StepChannel;
  tone: Tone;
  to: string[];
  notes: string[];
  sendAfter?: { date: IsoDate; hour: number; timeZone: string };
  needsApproval: boolean;
  items: PlannedItem[];
}

export interface PlanDayInput {
  asOf: IsoDate;
  runAt: IsoInstant;
  config: WorkflowConfig;
  tenant: Tenant;
  clients: Map<string, Client>;
  matters: Map<string, Matter>;
  openInvoices: Invoice[];
  done: Map<string, Set<string>>;
  pauses: Map<string, ClientPauses>;
  histories: Map<string, ContactHistory>;
}

export interface DayPlan {
  groups: PlannedGroup[];
  tally: DayTally;
}

const TASK_CHANNELS: ReadonlySet<StepChannel> = new Set(["call-task", "partner-task"]);

/** Which piece of work a due step joins: the client's one draft, or a task of its own per step. */
export function workKey(step: Pick<SequenceStep, "id" | "channel">): string {
  return TASK_CHANNELS.has(step.channel) ? step.id : "draft";
}

/** The item that words a group's draft or task: the most advanced step (the first of equals). */
export function leadOf<T extends { step: Pick<SequenceStep, "offsetDays"> }>(items: readonly T[]): T {
  return items.reduce((a, b) => (b.step.offsetDays > a.step.offsetDays ? b : a));
}

export interface InvoiceStep {
  sequence: Sequence;
  /** The due date under the payment terms: every step's offset counts from it. */
  dueDate: IsoDate;
  daysPastDue: number;
  choice: StepChoice;
}

/**
 * Where one open invoice stands in its sequence on `asOf`: its due date under the terms, its
 * sequence by the rules, and the step due (or done, missed, not yet). Pauses are the caller's.
 */
export function invoiceStep(
  invoice: Invoice,
  client: Client,
  ctx: {
    asOf: IsoDate;
    config: WorkflowConfig;
    select: ReturnType<typeof sequenceSelector>;
    matters: Map<string, Matter>;
    done: Map<string, Set<string>>;
  },
): InvoiceStep {
  const dueDate = effectiveDueDate(invoice, ctx.config.terms);
  const matter = invoice.matterId === undefined ? undefined : ctx.matters.get(invoice.matterId);
  const sequence = ctx.select(client, matter);
  const daysPastDue = daysBetween(dueDate, ctx.asOf);
  const choice = dueStep(sequence.steps, daysPastDue, ctx.done.get(doneKey(invoice.id, dueDate)), ctx.config.policy);
  return { sequence, dueDate, daysPastDue, choice };
}

export function planDay(input: PlanDayInput): DayPlan {
  const { asOf, config } = input;
  const tally = emptyTally(input.openInvoices.length);
  const select = sequenceSelector(config);
  const stepCtx = { asOf, config, select, matters: input.matters, done: input.done };
  const byClient = new Map<string, PlannedItem[]>();
  for (const invoice of input.openInvoices) {
    const client = input.clients.get(invoice.clientId);
    if (!client) {
      tallySkip(tally, "unknown-client");
      continue;
    }
    const paused = pauseReason(invoice, input.pauses.get(client.id));
    if (paused) {
      tally.paused += 1;
      tally.pauseReasons[paused] = (tally.pauseReasons[paused] ?? 0) + 1;
      continue;
    }
    const { sequence, dueDate, daysPastDue, choice } = invoiceStep(invoice, client, stepCtx);
    if (choice.kind === "not-yet") tally.notDue += 1;
    else if (choice.kind === "done") tallySkip(tally, "already-done");
    else if (choice.kind === "missed") tallySkip(tally, "missed-step");
    else {
      const list = byClient.get(client.id) ?? [];
      list.push({ invoice, step: choice.step, sequenceId: sequence.id, dueDate, daysPastDue });
      byClient.set(client.id, list);
    }
  }
  const groups: PlannedGroup[] = [];
  const draftsToday = runDraftsOn(asOf, config.guardrails);
  for (const [clientId, items] of byClient) {
    const client = input.clients.get(clientId)!;
    if (!draftsToday) {
      for (const _ of items) tallySkip(tally, "non-business-day");
      continue;
    }
    const buckets = new Map<string, PlannedItem[]>();
    for (const item of items) {
      const key = workKey(item.step);
      const bucket = buckets.get(key);
      if (bucket) bucket.push(item);
      else buckets.set(key, [item]);
    }
    for (const [key, bucket] of buckets) {
      const group = toGroup(input, client, key, bucket);
      if ("skip" in group) for (const _ of bucket) tallySkip(tally, group.skip);
      else groups.push(group);
    }
  }
  return { groups, tally };
}

function toGroup(
  input: PlanDayInput,
  client: Client,
  key: string,
  items: PlannedItem[],
): PlannedGroup | { skip: string } {
  const lead = leadOf(items);
  const guardrails = input.config.guardrails;
  const decision = checkContact({
    client,
    channel: lead.step.channel,
    tone: lead.step.tone,
    asOf: input.asOf,
    history: input.histories.get(client.id) ?? { contactsLast7Days: 0 },
    guardrails,
  });
  if (!decision.ok) return { skip: decision.reason };
  const timeZone = client.timeZone ?? input.tenant.timeZone;
  const quiet = contactRulesFor(client, guardrails).quietHours;
  const slot =
    decision.channel === "partner-task"
      ? null
      : earliestSendSlot(localTimeAt(input.runAt, timeZone), quiet, guardrails);
  return {
    id: `${client.id}|${input.asOf}|${key}`,
    clientId: client.id,
    kind: key === "draft" ? "draft" : "task",
    lead,
    channel: decision.channel,
    tone: decision.tone,
    to: decision.to,
    notes: decision.notes,
    ...(slot ? { sendAfter: { ...slot, timeZone } } : {}),
    needsApproval: items.some((i) => i.step.needsApproval),
    items,
  };
}
