/**
 * Everything one daily run reads, loaded in a few bulk queries (never one query per invoice), so a
 * firm with hundreds of thousands of open invoices is planned in memory.
 */
import { DOC, type Dispute, type Hold, type PromiseToPay } from "../../actions/documents";
import { addDays } from "../../domain/dates";
import type { Client, Interaction, Invoice, IsoDate, IsoInstant, Matter, Tenant, User } from "../../domain/types";
import type { StoredDocument, TenantStore } from "../../ports/store.port";
import { END_STEP, type SequenceState, type SequenceTouch, WF_DOC } from "../documents";
import type { PaymentPlan } from "../plans/plan-types";

/** How far back the run looks for contacts (minimum interval, weekly cap) and unhandled replies. */
export const LOOKBACK_DAYS = 60;

export interface WorkflowSnapshot {
  tenant: Tenant;
  clients: Map<string, Client>;
  matters: Map<string, Matter>;
  users: Map<string, User>;
  openInvoices: Invoice[];
  /** Steps done per `invoiceId|dueDate`. */
  done: Map<string, Set<string>>;
  /** Invoices the sequence touched, with the due date of their latest touch, and whether it was closed. */
  touched: Map<string, { dueDate: IsoDate; clientId: string; ended: boolean }>;
  disputes: Dispute[];
  holds: Hold[];
  promises: StoredDocument<PromiseToPay>[];
  plans: StoredDocument<PaymentPlan>[];
  states: SequenceState[];
  /** Interactions in the lookback window, in append order. */
  interactions: Interaction[];
}

export const doneKey = (invoiceId: string, dueDate: IsoDate) => `${invoiceId}|${dueDate}`;

/** Records a touch's step as done for its invoice and due date. */
export function markDone(
  done: Map<string, Set<string>>,
  touch: Pick<SequenceTouch, "invoiceId" | "dueDate" | "stepId">,
): void {
  const key = doneKey(touch.invoiceId, touch.dueDate);
  const steps = done.get(key);
  if (steps) steps.add(touch.stepId);
  else done.set(key, new Set([touch.stepId]));
}

/** How far back the run looks for claims whose run died before their draft was written. */
export const ORPHAN_DAYS = 7;

/** Whether an invoice is in the follow-up today: open with a balance, and issued by `asOf`. */
export function inWorkflow(invoice: Pick<Invoice, "status" | "balanceMinor" | "invoiceDate">, asOf: IsoDate): boolean {
  // Invoices issued after the run's day do not exist yet for that day.
  return invoice.status === "open" && invoice.balanceMinor > 0 && invoice.invoiceDate <= asOf;
}

/** The interactions a run reads for `asOf`: the lookback window up to the end of that day. */
export function lookbackWindow(asOf: IsoDate): { since: string; until: string } {
  return { since: `${addDays(asOf, -LOOKBACK_DAYS)}T00:00:00.000Z`, until: `${addDays(asOf, 1)}T00:00:00.000Z` };
}

/** Steps done per `invoiceId|dueDate`, the latest touch of each invoice, and claims whose draft may be missing. */
export function indexTouches(touches: StoredDocument<SequenceTouch>[], asOf: IsoDate, runAt: IsoInstant) {
  const done = new Map<string, Set<string>>();
  const touched = new Map<string, { dueDate: IsoDate; clientId: string; ended: boolean }>();
  const suspects = new Map<string, SequenceTouch[]>();
  const since = addDays(asOf, -ORPHAN_DAYS);
  for (const { body: t } of touches) {
    markDone(done, t);
    const seen = touched.get(t.invoiceId);
    if (!seen || seen.dueDate < t.dueDate)
      touched.set(t.invoiceId, { dueDate: t.dueDate, clientId: t.clientId, ended: false });
    if (t.status === "claimed" && t.leaseUntil < runAt && t.runDate >= since && t.draftId) {
      const list = suspects.get(t.draftId);
      if (list) list.push(t);
      else suspects.set(t.draftId, [t]);
    }
  }
  for (const [invoiceId, t] of touched) t.ended = done.get(doneKey(invoiceId, t.dueDate))?.has(END_STEP) ?? false;
  return { done, touched, suspects };
}

/**
 * A claim is only as good as its draft: claims of the last few days whose lease expired without
 * their draft (or task) being written are not done, so the run claims them again (takeover).
 */
export async function forgetOrphans(
  store: TenantStore,
  done: Map<string, Set<string>>,
  suspects: Map<string, SequenceTouch[]>,
) {
  for (const [draftId, claims] of suspects) {
    const exists =
      (await store.documents.get(WF_DOC.draft, draftId)) ?? (await store.documents.get(WF_DOC.task, draftId));
    if (exists) continue;
    for (const t of claims) done.get(doneKey(t.invoiceId, t.dueDate))?.delete(t.stepId);
  }
}

export async function loadSnapshot(store: TenantStore, asOf: IsoDate, runAt: IsoInstant): Promise<WorkflowSnapshot> {
  const docs = store.documents;
  const [
    tenant,
    clients,
    matters,
    users,
    openInvoices,
    touches,
    disputes,
    holds,
    promises,
    plans,
    states,
    interactions,
  ] = await Promise.all([
    store.getTenant(),
    store.listClients(),
    store.listMatters(),
    store.listUsers(),
    store.listInvoices({ openOnly: true }),
    docs.list<SequenceTouch>(WF_DOC.touch),
    docs.list<Dispute>(DOC.dispute),
    docs.list<Hold>(DOC.hold),
    docs.list<PromiseToPay>(DOC.promise),
    docs.list<PaymentPlan>(WF_DOC.plan),
    docs.list<SequenceState>(WF_DOC.sequenceState),
    store.listInteractions(lookbackWindow(asOf)),
  ]);
  if (!tenant) throw new Error(`tenant ${store.tenantId} has no firm record`);
  const { done, touched, suspects } = indexTouches(touches, asOf, runAt);
  await forgetOrphans(store, done, suspects);
  return {
    tenant,
    clients: new Map(clients.map((c) => [c.id, c])),
    matters: new Map(matters.map((m) => [m.id, m])),
    users: new Map(users.map((u) => [u.id, u])),
    openInvoices: openInvoices.filter((i) => inWorkflow(i, asOf)),
    done,
    touched,
    disputes: disputes.map((d) => d.body).filter((d) => d.status === "open"),
    holds: holds.map((h) => h.body).filter((h) => h.status === "active"),
    promises: promises.filter((p) => p.body.status === "open"),
    plans: plans.filter((p) => p.body.status === "active" || p.body.status === "proposed"),
    states: states.map((s) => s.body),
    interactions,
  };
}
