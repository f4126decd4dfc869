/**
 * Exactly-once touches. Before anything is drafted, each invoice's step is claimed by creating its
 * touch document under the deterministic key `invoiceId|stepId|dueDate`: a second run, a retry or a
 * concurrent run gets `CONFLICT` and drafts nothing. One write per invoice: the claim names the
 * draft (or task) it belongs to, and that draft's existence is what proves the step done. A claim
 * whose run died before its draft was written is taken over (compare-and-set on its etag) once its
 * lease has expired, so a crash does not lose the step.
 */
import type { IsoInstant } from "../../domain/types";
import type { StoredDocument, TenantStore } from "../../ports/store.port";
import { type SequenceTouch, touchKey, WF_DOC, WORKFLOW_ACTOR } from "../documents";

export async function claimTouch(
  store: TenantStore,
  touch: SequenceTouch,
  runAt: IsoInstant,
): Promise<StoredDocument<SequenceTouch> | undefined> {
  const id = touchKey(touch.invoiceId, touch.stepId, touch.dueDate);
  const options = { actorId: WORKFLOW_ACTOR, clientId: touch.clientId };
  const created = await store.documents.create(WF_DOC.touch, id, touch, options);
  if (created.ok) return created.value;
  if (created.code !== "CONFLICT") return undefined;
  const existing = await store.documents.get<SequenceTouch>(WF_DOC.touch, id);
  if (existing?.body.status !== "claimed" || existing.body.leaseUntil >= runAt) return undefined;
  if (await workExists(store, existing.body.draftId)) return undefined;
  const taken = await store.documents.replace(WF_DOC.touch, id, touch, { ...options, ifMatch: existing.etag });
  return taken.ok ? taken.value : undefined;
}

async function workExists(store: TenantStore, draftId: string): Promise<boolean> {
  if (!draftId) return false;
  return Boolean(
    (await store.documents.get(WF_DOC.draft, draftId)) ?? (await store.documents.get(WF_DOC.task, draftId)),
  );
}

/** Gives a claim back when the draft could not be made, so the next run tries again. */
export async function releaseTouch(store: TenantStore, claim: StoredDocument<SequenceTouch>): Promise<void> {
  await store.documents.delete(WF_DOC.touch, claim.id);
}

/** Short deterministic hash (FNV-1a, 32 bit) for draft ids built from the touches they cover. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
