/**
 * A person reviews a draft the engine made: approves it (partner letters and final demands need the
 * billing partner or a manager first), marks it sent (which records the contact in the audit trail:
 * this, not the draft, is the touch), or discards it. Compare-and-set: a draft is handled once.
 *
 * Listed drafts carry what a reviewer needs, worked out here rather than by each host: the client's
 * name, the invoices with the balances the draft states, who approved or handled it by name, and
 * what the caller may do with it (`draftPermissions`, the rule the review itself enforces).
 */
import { canSeeClient, listVisibleClients } from "../../access/access";
import { audit } from "../../actions/audit";
import type { ActionDeps } from "../../actions/documents";
import type { Client } from "../../domain/types";
import { fail, ok, type Result } from "../../errors/codes";
import type { Principal } from "../../ports/principal";
import type { StoredDocument, TenantStore } from "../../ports/store.port";
import { WF_DOC, type WorkflowDraft } from "../documents";
import { updateDocument } from "../update-document";
import { draftPermissions, isDraftApprover } from "./draft-permissions";
import { alreadyHandled, clientInvoices, type QueueInvoice, queueInvoices, userNames } from "./queue-facts";

export type DraftAction = "approve" | "sent" | "discarded";
const ACTIONS: readonly DraftAction[] = ["approve", "sent", "discarded"];
const SENT_KIND = { email: "email-sent", letter: "letter", sms: "sms" } as const;

/** A draft as `GET /drafts` and `PATCH /drafts/{id}` answer it. */
export interface QueueDraftItem extends Omit<WorkflowDraft, "statedInvoices"> {
  clientName: string;
  /** The collector whose Outlook Drafts folder or queue holds it, by name. */
  collectorName?: string;
  approvedByName?: string;
  handledByName?: string;
  /** The draft's invoices with number and balance, in `invoiceIds` order; `open` is as of today. */
  invoices: QueueInvoice[];
  /**
   * `drafted`: the balances the draft states (recorded when the engine worded it). `today`: today's
   * balances, for drafts made before those were recorded; the draft's text may state others.
   */
  balancesAsOf: "drafted" | "today";
  /** What the caller may do now, by the rule `PATCH /drafts/{id}` enforces. */
  mayApprove: boolean;
  maySend: boolean;
}

/** The waiting drafts (or those with `status`) of the clients the principal may see, with those clients. */
async function visibleDrafts(
  store: TenantStore,
  principal: Principal,
  filter: { clientId?: string; status?: string },
): Promise<{ drafts: WorkflowDraft[]; clients: Map<string, Client> }> {
  const clients = new Map((await listVisibleClients(store, principal)).map((c) => [c.id, c]));
  const docs = await store.documents.list<WorkflowDraft>(
    WF_DOC.draft,
    filter.clientId ? { clientId: filter.clientId } : {},
  );
  const drafts = docs
    .map((d) => d.body)
    .filter((d) => clients.has(d.clientId) && d.status === (filter.status ?? "awaiting-review"))
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  return { drafts, clients };
}

/** Drafts waiting for review (no bodies, no lookups): the queue's count. */
export async function countDrafts(store: TenantStore, principal: Principal): Promise<number> {
  return (await visibleDrafts(store, principal, {})).drafts.length;
}

/** Each draft with its client's name, its invoices, people by name and the caller's permissions. */
async function toQueueItems(
  store: TenantStore,
  principal: Principal,
  drafts: readonly WorkflowDraft[],
  clients: ReadonlyMap<string, Client>,
): Promise<QueueDraftItem[]> {
  const [names, ledger] = await Promise.all([
    userNames(
      store,
      drafts.flatMap((d) => [d.collectorId, d.approvedBy, d.handledBy]),
    ),
    clientInvoices(
      store,
      drafts.map((d) => d.clientId),
    ),
  ]);
  return drafts.map((draft) => {
    const { statedInvoices, ...rest } = draft;
    const client = clients.get(draft.clientId);
    const permissions = client ? draftPermissions(principal, client, draft) : { mayApprove: false, maySend: false };
    const named = (id: string | undefined) => (id ? names.get(id) : undefined);
    const collectorName = named(draft.collectorId);
    const approvedByName = named(draft.approvedBy);
    const handledByName = named(draft.handledBy);
    return {
      ...rest,
      clientName: client?.name ?? draft.clientId,
      ...(collectorName ? { collectorName } : {}),
      ...(approvedByName ? { approvedByName } : {}),
      ...(handledByName ? { handledByName } : {}),
      invoices: queueInvoices(draft.invoiceIds, ledger, statedInvoices),
      balancesAsOf: statedInvoices ? "drafted" : "today",
      mayApprove: permissions.mayApprove,
      maySend: permissions.maySend,
    };
  });
}

export async function listDrafts(
  store: TenantStore,
  principal: Principal,
  filter: { clientId?: string; status?: string },
): Promise<QueueDraftItem[]> {
  const { drafts, clients } = await visibleDrafts(store, principal, filter);
  return toQueueItems(store, principal, drafts, clients);
}

/** A draft and its client for a person who may see the client, `NOT_FOUND` for anyone else: every draft route's rule. */
async function visibleDraft(
  store: TenantStore,
  principal: Principal,
  id: string,
): Promise<Result<{ doc: StoredDocument<WorkflowDraft>; client: Client }>> {
  const doc = await store.documents.get<WorkflowDraft>(WF_DOC.draft, id);
  const client = doc ? await store.getClient(doc.body.clientId) : undefined;
  if (!doc || !client || !canSeeClient(principal, client)) return fail("NOT_FOUND", `no draft ${id}`);
  return ok({ doc, client });
}

/**
 * A letter waiting in the queue, to print as PDF from its stored text and layout (exactly what the
 * reviewer reads, never re-worded from today's ledger). Seen like every other draft; a draft that is
 * not a letter has no PDF (`NOT_FOUND`).
 */
export async function queuedLetter(
  store: TenantStore,
  principal: Principal,
  id: string,
): Promise<Result<WorkflowDraft>> {
  const found = await visibleDraft(store, principal, id);
  if (!found.ok) return found;
  const draft = found.value.doc.body;
  return draft.channel === "letter" ? ok(draft) : fail("NOT_FOUND", `draft ${id} is not a letter`);
}

/**
 * Approve, mark sent or discard, by `draftPermissions`. Authority is checked before any state is
 * revealed (403 before 409); a second approval of an approved draft changes nothing and answers the
 * draft; a draft handled first by someone else is 409 `ALREADY_DECIDED` naming them.
 */
export async function reviewDraft(
  store: TenantStore,
  principal: Principal,
  id: string,
  input: { action: unknown },
  deps: ActionDeps,
): Promise<Result<QueueDraftItem>> {
  if (!ACTIONS.includes(input.action as DraftAction))
    return fail("VALIDATION", `action must be one of ${ACTIONS.join(", ")}`);
  const action = input.action as DraftAction;
  const found = await visibleDraft(store, principal, id);
  if (!found.ok) return found;
  const { doc, client } = found.value;
  if (action === "approve" && !isDraftApprover(principal, client))
    return fail("FORBIDDEN", "only the billing partner or a manager approves this draft");
  let refusal: Result<never> | undefined;
  let handledFirst: WorkflowDraft | undefined;
  let changed = false;
  const saved = await updateDocument<WorkflowDraft>(
    store,
    { kind: WF_DOC.draft, id, clientId: client.id, actorId: principal.userId },
    (current) => {
      const d = current ?? doc.body;
      refusal = undefined;
      handledFirst = undefined;
      changed = false;
      if (d.status !== "awaiting-review") {
        handledFirst = d;
        return null;
      }
      const may = draftPermissions(principal, client, d);
      if (action === "approve") {
        if (!d.needsApproval) {
          refusal = fail("VALIDATION", "this draft needs no approval");
          return null;
        }
        // Approved already (by this person or another approver): nothing to do.
        if (!may.mayApprove) return null;
        changed = true;
        return { ...d, approvedBy: principal.userId, approvedAt: deps.now };
      }
      if (action === "sent" && !may.maySend) {
        refusal = fail("FORBIDDEN", "this draft needs the billing partner's approval before it is sent");
        return null;
      }
      changed = true;
      return { ...d, status: action, handledBy: principal.userId, handledAt: deps.now };
    },
  );
  if (refusal) return refusal;
  const first = handledFirst as WorkflowDraft | undefined;
  if (first) {
    const byName = first.handledBy ? (await userNames(store, [first.handledBy])).get(first.handledBy) : undefined;
    return alreadyHandled({
      status: first.status,
      ...(first.handledBy ? { by: first.handledBy } : {}),
      ...(byName ? { byName } : {}),
      ...(first.handledAt ? { at: first.handledAt } : {}),
    });
  }
  if (!saved.ok) return saved;
  const d = saved.value.body;
  if (!changed) return ok((await toQueueItems(store, principal, [d], new Map([[client.id, client]])))[0]!);
  if (action === "sent") {
    const kind = SENT_KIND[d.channel as keyof typeof SENT_KIND] ?? "note";
    await audit(store, principal, deps, {
      clientId: d.clientId,
      kind,
      summary: `Sent: ${d.subject}`,
      invoiceIds: d.invoiceIds,
      data: { draftId: d.id, stepId: d.stepId, status: "sent" },
    });
  } else
    await audit(store, principal, deps, {
      clientId: d.clientId,
      kind: "note",
      summary: `Draft ${action === "approve" ? "approved" : "discarded"}: ${d.subject}`,
      invoiceIds: d.invoiceIds,
      data: { draftId: d.id, action },
    });
  return ok((await toQueueItems(store, principal, [d], new Map([[client.id, client]])))[0]!);
}
