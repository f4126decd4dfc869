/**
 * What a workflow configuration change would do before it is saved: for every open, undisputed
 * invoice, the sequence it follows, its due date, the step it stands at today and the next step
 * with its day, channel, tone, template and approval — under the configuration in force and under
 * the edited one. An account is affected when any of these differs for one of its invoices (the
 * step reached counts by its id: a step already done is not drafted again when it moves).
 */
import { addDays, daysBetween } from "../domain/dates";
import type { Client, Invoice, IsoDate, Matter } from "../domain/types";
import { sequenceSelector } from "../workflow/config/select-sequence";
import { effectiveDueDate } from "../workflow/config/terms";
import type { SequenceStep, WorkflowConfig } from "../workflow/config/types";

export interface StepAt {
  stepId: string;
  label: string;
  date: IsoDate;
  channel: string;
  tone: string;
  templateId: string;
  needsApproval: boolean;
}

export interface InvoicePlan {
  sequenceId: string;
  dueDate: IsoDate;
  current: StepAt | null;
  next: StepAt | null;
}

export interface AffectedAccount {
  clientId: string;
  name: string;
  balanceMinor: number;
  currency: string;
  invoices: number;
  /** The first affected invoice's plan before and after: what the editor shows. */
  example: { invoiceId: string; number: string; before: InvoicePlan; after: InvoicePlan };
  changed: ("sequence" | "dueDate" | "current" | "next")[];
}

export interface DryRunResult {
  asOf: IsoDate;
  invoicesChecked: number;
  affectedInvoices: number;
  affectedAccounts: number;
  accounts: AffectedAccount[];
  truncated: boolean;
}

const stepAt = (s: SequenceStep | undefined, due: IsoDate): StepAt | null =>
  s
    ? {
        stepId: s.id,
        label: s.label ?? s.id,
        date: addDays(due, s.offsetDays),
        channel: s.channel,
        tone: s.tone,
        templateId: s.templateId,
        needsApproval: s.needsApproval,
      }
    : null;

type Planner = (client: Client, matter: Matter | undefined, invoice: Invoice) => InvoicePlan;

function planner(config: WorkflowConfig, asOf: IsoDate): Planner {
  const select = sequenceSelector(config);
  return (client, matter, invoice) => {
    const seq = select(client, matter);
    const dueDate = effectiveDueDate(invoice, config.terms);
    const late = daysBetween(dueDate, asOf);
    const reached = seq.steps.filter((s) => s.offsetDays <= late);
    return {
      sequenceId: seq.id,
      dueDate,
      current: stepAt(reached[reached.length - 1], dueDate),
      next: stepAt(
        seq.steps.find((s) => s.offsetDays > late),
        dueDate,
      ),
    };
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function workflowDryRun(
  before: WorkflowConfig,
  after: WorkflowConfig,
  input: { asOf: IsoDate; clients: Client[]; matters: Matter[]; openInvoices: Invoice[] },
  limit = 200,
): DryRunResult {
  const clients = new Map(input.clients.map((c) => [c.id, c]));
  const matters = new Map(input.matters.map((m) => [m.id, m]));
  const planBefore = planner(before, input.asOf);
  const planAfter = planner(after, input.asOf);
  const accounts = new Map<string, AffectedAccount>();
  let checked = 0;
  let affected = 0;
  for (const invoice of input.openInvoices) {
    const client = clients.get(invoice.clientId);
    if (!client || invoice.disputed || invoice.balanceMinor <= 0) continue;
    checked += 1;
    const matter = invoice.matterId ? matters.get(invoice.matterId) : undefined;
    const b = planBefore(client, matter, invoice);
    const a = planAfter(client, matter, invoice);
    const changed: AffectedAccount["changed"] = [];
    if (a.sequenceId !== b.sequenceId) changed.push("sequence");
    if (a.dueDate !== b.dueDate) changed.push("dueDate");
    // The step already reached counts by identity: moving a step that is done changes nothing for this
    // invoice (its touch key has no offset); a different step reached means the engine drafts it now.
    if (a.current?.stepId !== b.current?.stepId) changed.push("current");
    if (!same(a.next, b.next)) changed.push("next");
    if (changed.length === 0) continue;
    affected += 1;
    const key = `${client.id}\u0000${invoice.currency}`;
    const account = accounts.get(key);
    if (account) {
      account.invoices += 1;
      account.balanceMinor += invoice.balanceMinor;
      for (const c of changed) if (!account.changed.includes(c)) account.changed.push(c);
    } else
      accounts.set(key, {
        clientId: client.id,
        name: client.name,
        balanceMinor: invoice.balanceMinor,
        currency: invoice.currency,
        invoices: 1,
        example: { invoiceId: invoice.id, number: invoice.number, before: b, after: a },
        changed,
      });
  }
  const sorted = [...accounts.values()].sort(
    (x, y) => y.balanceMinor - x.balanceMinor || (x.clientId < y.clientId ? -1 : 1),
  );
  return {
    asOf: input.asOf,
    invoicesChecked: checked,
    affectedInvoices: affected,
    affectedAccounts: sorted.length,
    accounts: sorted.slice(0, limit),
    truncated: sorted.length > limit,
  };
}
