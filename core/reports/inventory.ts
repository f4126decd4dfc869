/**
 * The weekly inventory review: one row per account (client and currency) with an open balance —
 * owners, practice groups, what is owed and how late, the last person contact, promises, disputes,
 * holds, and the next step its follow-up sequence will take. Scores and segments come from the
 * model and are joined by the page when the model is there.
 */
import { bucketFor } from "../aging/aging";
import type { Dispute, Hold, PromiseToPay } from "../actions/documents";
import { addDays, daysBetween } from "../domain/dates";
import type { Client, Interaction, Invoice, IsoDate, IsoInstant, Matter, User } from "../domain/types";
import type { WorkflowConfig } from "../workflow/config/types";
import { sequenceSelector } from "../workflow/config/select-sequence";
import { effectiveDueDate } from "../workflow/config/terms";
import { isPersonContact } from "../workflow/measures/period";

export interface NextStep {
  date: IsoDate;
  stepId: string;
  sequenceId: string;
  label: string;
  channel: string;
}

export interface InventoryRow {
  clientId: string;
  name: string;
  currency: string;
  collectorId: string | null;
  collectorName: string | null;
  partnerId: string | null;
  partnerName: string | null;
  practiceGroups: string[];
  balanceMinor: number;
  overdueMinor: number;
  invoiceCount: number;
  oldestDaysPastDue: number;
  /** Aging bucket of the oldest open invoice. */
  bucket: string;
  lastTouch: { at: IsoInstant; kind: string } | null;
  openPromises: number;
  openPromiseMinor: number;
  brokenPromises: number;
  openDisputes: number;
  holdUntil: IsoDate | null;
  /** The earliest upcoming step of the sequences of its undisputed open invoices. */
  nextStep: NextStep | null;
}

export interface InventoryInput {
  asOf: IsoDate;
  clients: Client[];
  users: User[];
  matters: Matter[];
  openInvoices: Invoice[];
  interactions: Interaction[];
  promises: PromiseToPay[];
  disputes: Dispute[];
  holds: Hold[];
  config: WorkflowConfig;
}

const groupBy = <T>(items: T[], key: (t: T) => string) => {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
};

export function inventoryRows(input: InventoryInput): InventoryRow[] {
  const names = new Map(input.users.map((u) => [u.id, u.displayName]));
  const clients = new Map(input.clients.map((c) => [c.id, c]));
  const matters = new Map(input.matters.map((m) => [m.id, m]));
  const select = sequenceSelector(input.config);
  const lastTouch = new Map<string, Interaction>();
  const endOfDay = `${input.asOf}T23:59:59.999Z`;
  for (const i of input.interactions) {
    if (!isPersonContact(i) || i.at > endOfDay) continue;
    const prev = lastTouch.get(i.clientId);
    if (!prev || prev.at < i.at) lastTouch.set(i.clientId, i);
  }
  const promises = groupBy(input.promises, (p) => p.clientId);
  const disputes = groupBy(
    input.disputes.filter((d) => d.status === "open"),
    (d) => d.clientId,
  );
  const holds = groupBy(
    input.holds.filter((h) => h.status === "active" && h.until >= input.asOf),
    (h) => h.clientId,
  );
  const accounts = groupBy(
    input.openInvoices.filter((i) => i.balanceMinor > 0 && clients.has(i.clientId)),
    (i) => `${i.clientId}\u0000${i.currency}`,
  );
  const rows: InventoryRow[] = [];
  for (const invoices of accounts.values()) {
    const first = invoices[0]!;
    const client = clients.get(first.clientId)!;
    const clientDisputes = disputes.get(client.id) ?? [];
    const disputedAll = clientDisputes.some((d) => d.invoiceIds.length === 0);
    const disputedIds = new Set(clientDisputes.flatMap((d) => d.invoiceIds));
    const open = (promises.get(client.id) ?? []).filter((p) => p.status === "open");
    let next: NextStep | null = null;
    for (const inv of invoices) {
      if (inv.disputed || disputedAll || disputedIds.has(inv.id)) continue;
      const matter = inv.matterId ? matters.get(inv.matterId) : undefined;
      const seq = select(client, matter);
      const due = effectiveDueDate(inv, input.config.terms);
      const late = daysBetween(due, input.asOf);
      const step = seq.steps.find((s) => s.offsetDays > late);
      if (!step) continue;
      const date = addDays(due, step.offsetDays);
      if (!next || date < next.date)
        next = { date, stepId: step.id, sequenceId: seq.id, label: step.label ?? step.id, channel: step.channel };
    }
    const oldest = Math.max(...invoices.map((i) => daysBetween(i.dueDate, input.asOf)));
    const touch = lastTouch.get(client.id);
    const groups = new Set(invoices.flatMap((i) => (i.matterId ? [matters.get(i.matterId)?.practiceGroup] : [])));
    rows.push({
      clientId: client.id,
      name: client.name,
      currency: first.currency,
      collectorId: client.collectorId ?? null,
      collectorName: client.collectorId ? (names.get(client.collectorId) ?? client.collectorId) : null,
      partnerId: client.billingPartnerId ?? null,
      partnerName: client.billingPartnerId ? (names.get(client.billingPartnerId) ?? client.billingPartnerId) : null,
      practiceGroups: [...groups].filter((g): g is string => Boolean(g)).sort(),
      balanceMinor: invoices.reduce((s, i) => s + i.balanceMinor, 0),
      overdueMinor: invoices.reduce((s, i) => s + (i.dueDate < input.asOf ? i.balanceMinor : 0), 0),
      invoiceCount: invoices.length,
      oldestDaysPastDue: Math.max(0, oldest),
      bucket: bucketFor(oldest).id,
      lastTouch: touch ? { at: touch.at, kind: touch.kind } : null,
      openPromises: open.length,
      openPromiseMinor: open.reduce((s, p) => s + p.amountMinor, 0),
      brokenPromises: (promises.get(client.id) ?? []).filter((p) => p.status === "broken").length,
      openDisputes: clientDisputes.length,
      holdUntil: (holds.get(client.id) ?? []).map((h) => h.until).sort()[0] ?? null,
      nextStep: next,
    });
  }
  return rows.sort((a, b) => b.overdueMinor - a.overdueMinor || (a.clientId < b.clientId ? -1 : 1));
}
