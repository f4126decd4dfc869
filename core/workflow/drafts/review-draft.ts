/**
 * A person reviews a draft the engine made: approves it (partner letters and final demands need the
 * billing partner or a manager first), marks it sent (which records the contact in the audit trail:
 * this, not the draft, is the touch), or discards it. Compare-and-set: a draft is handled once.
 */
import { canSeeClient, listVisibleClients } from "../../access/access";
import { audit } from "../../actions/audit";
import type { ActionDeps } from "../../actions/documents";
import { fail, ok, type Result } from "../../errors/codes";
import { hasRole, type Principal } from "../../ports/principal";
import type { Client } from "../../domain/types";
import type { StoredDocument, TenantStore } from "../../ports/store.port";
import { WF_DOC, type WorkflowDraft } from "../documents";
import { updateDocument } from "../update-document";

export type DraftAction = "approve" | "sent" | "discarded";
const ACTIONS: readonly DraftAction[] = ["approve", "sent", "discarded"];
const SENT_KIND = { email: "email-sent", letter: "letter", sms: "sms" } as const;

export async function listDrafts(
  store: TenantStore,
  principal: Principal,
  filter: { clientId?: string; status?: string },
): Promise<WorkflowDraft[]> {
  const visible = new Set((await listVisibleClients(store, principal)).map((c) => c.id));
  const docs = await store.documents.list<WorkflowDraft>(
    WF_DOC.draft,
    filter.clientId ? { clientId: filter.clientId } : {},
  );
  return docs
    .map((d) => d.body)
    .filter((d) => visible.has(d.clientId) && d.status === (filter.status ?? "awaiting-review"))
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
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

export async function reviewDraft(
  store: TenantStore,
  principal: Principal,
  id: string,
  input: { action: unknown },
  deps: ActionDeps,
): Promise<Result<WorkflowDraft>> {
  if (!ACTIONS.includes(input.action as DraftAction))
    return fail("VALIDATION", `action must be one of ${ACTIONS.join(", ")}`);
  const action = input.action as DraftAction;
  const found = await visibleDraft(store, principal, id);
  if (!found.ok) return found;
  const { doc, client } = found.value;
  const approver = hasRole(principal, "manager") || client.billingPartnerId === principal.userId;
  if (action === "approve" && !approver)
    return fail("FORBIDDEN", "only the billing partner or a manager approves this draft");
  let refusal: Result<never> | undefined;
  const saved = await updateDocument<WorkflowDraft>(
    store,
    { kind: WF_DOC.draft, id, clientId: client.id, actorId: principal.userId },
    (current) => {
      const d = current ?? doc.body;
      refusal = undefined;
      if (d.status !== "awaiting-review") {
        refusal = fail("ALREADY_DECIDED", `${d.status} by ${d.handledBy} at ${d.handledAt}`);
        return null;
      }
      if (action === "approve") return { ...d, approvedBy: principal.userId, approvedAt: deps.now };
      if (action === "sent" && d.needsApproval && !d.approvedBy && !approver) {
        refusal = fail("FORBIDDEN", "this draft needs the billing partner's approval before it is sent");
        return null;
      }
      return { ...d, status: action, handledBy: principal.userId, handledAt: deps.now };
    },
  );
  if (refusal) return refusal;
  if (!saved.ok) return saved;
  const d = saved.value.body;
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
  return ok(d);
}
