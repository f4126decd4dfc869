/**
 * Exactly-once touches. Before anything is drafted, each invoice's step is claimed by creating its
 * touch document under the deterministic key `invoiceId|stepId|dueDate`: a second run, a retry or a
 * concurrent run gets `CONFLICT` and drafts nothing. One write per invoice: the claim names the
 * draft (or task) it belongs to, and that draft's existence is what proves the step done. A claim
 * whose run died before its draft was written is taken over (compare-and-set on its etag) once its
 * lease has expired, so a crash does not lose the step; the takeover remembers the dead run's draft
 * id, so an Outlook draft that run made but never recorded is found and reused, not made again
 * (`recoveryKeys`, deliver-draft). Claims are made in bulk, a chunk of groups
 * ahead of their drafts; a crash leaves at most one chunk claimed without work, and the lease
 * takes those over on the next run.
 */
import type { IsoDate, IsoInstant } from "../../domain/types";
import type { StoredDocument, TenantStore } from "../../ports/store.port";
import { type SequenceTouch, touchKey, WF_DOC, WORKFLOW_ACTOR } from "../documents";
import type { PlannedGroup, PlannedItem } from "./plan-day";

/** A step this run holds. `takenOverFrom` names the draft of the run that died holding it, when taken over. */
export type ClaimedTouch = StoredDocument<SequenceTouch> & { takenOverFrom?: string };
export type Claim = ClaimedTouch | undefined;

/** Touches claimed in one bulk create: one transaction per chunk instead of one write per invoice. */
const CLAIM_CHUNK = 1000;

/** The draft (or task) a group becomes: deterministic in the group and the touches it covers. */
export function groupDraftId(group: PlannedGroup): string {
  return `${group.id}|${shortHash(group.items.map((i) => touchKey(i.invoice.id, i.step.id, i.dueDate)).join(","))}`;
}

/** Splits the run's groups into chunks of whole groups of about `CLAIM_CHUNK` touches. */
export function claimChunks(groups: readonly PlannedGroup[]): PlannedGroup[][] {
  const chunks: PlannedGroup[][] = [];
  let chunk: PlannedGroup[] = [];
  let size = 0;
  for (const group of groups) {
    chunk.push(group);
    size += group.items.length;
    if (size >= CLAIM_CHUNK) {
      chunks.push(chunk);
      chunk = [];
      size = 0;
    }
  }
  if (chunk.length) chunks.push(chunk);
  return chunks;
}

/**
 * Claims every item of `groups` in one bulk create: per group, its claims in item order, with
 * `undefined` where another run holds the step.
 */
export async function claimGroups(
  store: TenantStore,
  groups: readonly PlannedGroup[],
  lease: { asOf: IsoDate; runAt: IsoInstant; leaseUntil: IsoInstant },
): Promise<Claim[][]> {
  const touches = groups.map((group) => {
    const draftId = groupDraftId(group);
    return group.items.map((item) => touchFor(item, draftId, lease));
  });
  const docs = await claimTouches(store, touches.flat(), lease.runAt);
  let at = 0;
  return touches.map((list) => {
    at += list.length;
    return docs.slice(at - list.length, at);
  });
}

/** Claims each touch: created, or taken over when its run died before its work was written. */
export async function claimTouches(store: TenantStore, touches: SequenceTouch[], runAt: IsoInstant): Promise<Claim[]> {
  const items = touches.map((touch) => ({
    id: touchKey(touch.invoiceId, touch.stepId, touch.dueDate),
    body: touch,
    clientId: touch.clientId,
  }));
  const created = await store.documents.createMany(WF_DOC.touch, items, { actorId: WORKFLOW_ACTOR });
  const claims: Claim[] = [];
  for (const [i, result] of created.entries()) {
    if (result.ok) claims.push(result.value);
    else
      claims.push(result.code === "CONFLICT" ? await takeOver(store, items[i]!.body, items[i]!.id, runAt) : undefined);
  }
  return claims;
}

async function takeOver(store: TenantStore, touch: SequenceTouch, id: string, runAt: IsoInstant): Promise<Claim> {
  const existing = await store.documents.get<SequenceTouch>(WF_DOC.touch, id);
  if (existing?.body.status !== "claimed" || existing.body.leaseUntil >= runAt) return undefined;
  if (await workExists(store, existing.body.draftId)) return undefined;
  const options = { actorId: WORKFLOW_ACTOR, clientId: touch.clientId, ifMatch: existing.etag };
  const taken = await store.documents.replace(WF_DOC.touch, id, touch, options);
  return taken.ok ? { ...taken.value, takenOverFrom: existing.body.draftId } : undefined;
}

/**
 * The draft ids a run that died may already have stamped on an Outlook draft for these steps: this
 * group's own id first, then those of the runs whose claims were taken over (a later day's group has
 * another id). Empty when every step was claimed fresh: no earlier attempt can have made anything.
 */
export function recoveryKeys(draftId: string, claims: readonly ClaimedTouch[]): string[] {
  const earlier = claims.flatMap((c) => (c.takenOverFrom === undefined ? [] : [c.takenOverFrom]));
  return earlier.length ? [...new Set([draftId, ...earlier.filter(Boolean)])] : [];
}

function touchFor(item: PlannedItem, draftId: string, lease: { asOf: IsoDate; leaseUntil: IsoInstant }): SequenceTouch {
  return {
    invoiceId: item.invoice.id,
    clientId: item.invoice.clientId,
    stepId: item.step.id,
    dueDate: item.dueDate,
    sequenceId: item.sequenceId,
    status: "claimed",
    runDate: lease.asOf,
    leaseUntil: lease.leaseUntil,
    draftId,
    balanceMinor: item.invoice.balanceMinor,
    currency: item.invoice.currency,
  };
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
