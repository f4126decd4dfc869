/**
 * Paid in full ends an invoice's sequence: the run closes every touched invoice that is no longer
 * open with an `end` touch (so it is looked at once) and, for invoices paid in full, groups a
 * thank-you/receipt draft per client. Written-off invoices close silently. Receipts honour opt-outs
 * and channel rules but not the contact interval: a thank-you is never held back by a reminder.
 */
import { daysBetween } from "../../domain/dates";
import type { Client, Invoice, IsoDate } from "../../domain/types";
import type { TenantStore } from "../../ports/store.port";
import type { SequenceStep, WorkflowConfig } from "../config/types";
import { END_STEP, type SequenceTouch, touchKey, WF_DOC, WORKFLOW_ACTOR } from "../documents";
import { checkContact } from "../guardrails/contact-rules";
import type { PlannedGroup, PlannedItem } from "./plan-day";
import type { WorkflowSnapshot } from "./snapshot";

export const RECEIPT_STEP: SequenceStep = {
  id: END_STEP,
  offsetDays: 0,
  channel: "email",
  purpose: "receipt",
  templateId: "receipt",
  tone: "friendly",
  needsApproval: false,
  label: "Thank-you / receipt",
};

/** Receipt groups for invoices closed since they were last touched; closes the silent ones directly. */
export async function planReceipts(
  store: TenantStore,
  snapshot: WorkflowSnapshot,
  config: WorkflowConfig,
  asOf: IsoDate,
): Promise<{ groups: PlannedGroup[]; closed: number }> {
  const open = new Set(snapshot.openInvoices.map((i) => i.id));
  const byClient = new Map<string, PlannedItem[]>();
  let closed = 0;
  for (const [invoiceId, t] of snapshot.touched) {
    if (t.ended || open.has(invoiceId)) continue;
    const invoice = await store.getInvoice(invoiceId);
    if (!invoice || invoice.invoiceDate > asOf || (invoice.status === "open" && invoice.balanceMinor > 0)) continue;
    const paidInFull = invoice.status === "paid" && invoice.paidDate !== undefined;
    if (paidInFull && invoice.paidDate! > asOf) continue;
    if (!paidInFull || !config.policy.receiptOnPaid) {
      closed += (await closeSilently(store, invoice, t.dueDate, asOf)) ? 1 : 0;
      continue;
    }
    const item: PlannedItem = {
      invoice,
      step: RECEIPT_STEP,
      sequenceId: "receipt",
      dueDate: t.dueDate,
      daysPastDue: daysBetween(t.dueDate, asOf),
    };
    const list = byClient.get(invoice.clientId);
    if (list) list.push(item);
    else byClient.set(invoice.clientId, [item]);
  }
  const groups: PlannedGroup[] = [];
  for (const [clientId, items] of byClient) {
    const client = snapshot.clients.get(clientId);
    const group = client ? receiptGroup(client, items, config, asOf) : undefined;
    if (group) groups.push(group);
    else for (const item of items) closed += (await closeSilently(store, item.invoice, item.dueDate, asOf)) ? 1 : 0;
  }
  return { groups, closed };
}

function receiptGroup(
  client: Client,
  items: PlannedItem[],
  config: WorkflowConfig,
  asOf: IsoDate,
): PlannedGroup | undefined {
  const decision = checkContact({
    client,
    channel: "email",
    tone: "friendly",
    asOf,
    history: { contactsLast7Days: 0 },
    guardrails: config.guardrails,
  });
  if (!decision.ok) return undefined;
  return {
    id: `${client.id}|${asOf}|receipt`,
    clientId: client.id,
    kind: "draft",
    lead: items[0]!,
    channel: decision.channel,
    tone: "friendly",
    to: decision.to,
    notes: decision.notes,
    needsApproval: false,
    items,
  };
}

async function closeSilently(store: TenantStore, invoice: Invoice, dueDate: IsoDate, asOf: IsoDate): Promise<boolean> {
  const touch: SequenceTouch = {
    invoiceId: invoice.id,
    clientId: invoice.clientId,
    stepId: END_STEP,
    dueDate,
    sequenceId: "closed",
    status: "closed",
    runDate: asOf,
    leaseUntil: "",
    draftId: "",
    balanceMinor: invoice.balanceMinor,
    currency: invoice.currency,
  };
  const made = await store.documents.create(WF_DOC.touch, touchKey(invoice.id, END_STEP, dueDate), touch, {
    actorId: WORKFLOW_ACTOR,
    clientId: invoice.clientId,
  });
  return made.ok;
}
