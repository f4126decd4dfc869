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

/** How far back the run looks for claims whose run died before their draft was written. */
export const ORPHAN_DAYS = 7;

function indexTouches(touches: StoredDocument<SequenceTouch>[], asOf: IsoDate, runAt: IsoInstant) {
  const done = new Map<string, Set<string>>();
  const touched = new Map<string, { dueDate: IsoDate; clientId: string; ended: boolean }>();
  const suspects = new Map<string, SequenceTouch[]>();
  const since = addDays(asOf, -ORPHAN_DAYS);
  for (const { body: t } of touches) {
    const key = doneKey(t.invoiceId, t.dueDate);
    const steps = done.get(key);
    if (steps) steps.add(t.stepId);
    else done.set(key, new Set([t.stepId]));
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
async function forgetOrphans(
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
    store.listInteractions({
      since: `${addDays(asOf, -LOOKBACK_DAYS)}T00:00:00.000Z`,
      until: `${addDays(asOf, 1)}T00:00:00.000Z`,
    }),
  ]);
  if (!tenant) throw new Error(`tenant ${store.tenantId} has no firm record`);
  const { done, touched, suspects } = indexTouches(touches, asOf, runAt);
  await forgetOrphans(store, done, suspects);
  return {
    tenant,
    clients: new Map(clients.map((c) => [c.id, c])),
    matters: new Map(matters.map((m) => [m.id, m])),
    users: new Map(users.map((u) => [u.id, u])),
    // Invoices issued after the run's day do not exist yet for that day.
    openInvoices: openInvoices.filter((i) => i.status === "open" && i.balanceMinor > 0 && i.invoiceDate <= asOf),
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
