/**
 * A card posted once to a person, then updated in place. Before sending, a post document (one per
 * subject and person) is claimed with `create`, so a retry, a second notifier run or two instances
 * at once send one card; it keeps the activity id for later updates. A failed send releases the
 * claim so the next attempt can try again. Escalation cards and request (plan, write-off) cards
 * share this; each kind keeps its own document kind and subject field.
 */
import type { TenantStore } from "../../core/ports/store.port";
import type { BotEnv } from "../env";
import { logEvent, logFailure } from "../log";
import type { OutgoingMessage } from "./messenger";
import { loadRef, personalRefId } from "./refs";

export interface CardPost {
  userId: string;
  refId: string;
  activityId?: string;
  postedAt: string;
}

export type DeliveryResult = "sent" | "already-sent" | "no-conversation" | "not-pending" | "failed";

export interface PostTarget<B extends CardPost> {
  /** Document kind of the posts (`escalation-card`, `request-card`). */
  kind: string;
  /** Unique per subject and person. */
  postId: string;
  clientId: string;
  userId: string;
  /** The subject's own fields (e.g. `escalationId`), kept on the post to find it again. */
  subject: Omit<B, keyof CardPost>;
  /** For log lines: what the card is ("escalation card") and ids only. */
  label: string;
  ids: Record<string, string>;
}

/** Sends the card to the person's personal chat unless it was sent already. */
export async function postCardOnce<B extends CardPost>(
  env: BotEnv,
  store: TenantStore,
  target: PostTarget<B>,
  build: (teamsUserId: string | undefined) => Promise<OutgoingMessage>,
): Promise<DeliveryResult> {
  const ids = { tenant: store.tenantId, ...target.ids, to: target.userId };
  const refId = personalRefId(target.userId);
  const ref = await loadRef(store, refId);
  if (!ref) {
    logEvent(`${target.label} not sent: no conversation`, ids);
    return "no-conversation";
  }
  const post = { ...target.subject, userId: target.userId, refId, postedAt: env.now().toISOString() } as B;
  const write = { actorId: "bot", clientId: target.clientId };
  const claim = await store.documents.create(target.kind, target.postId, post, write);
  if (!claim.ok) return "already-sent";
  try {
    const activityId = await env.messenger.send(ref.reference, await build(ref.teamsUserId));
    await store.documents.upsert(target.kind, target.postId, { ...post, ...(activityId ? { activityId } : {}) }, write);
    logEvent(`${target.label} sent`, ids);
    return "sent";
  } catch (error) {
    await store.documents.delete(target.kind, target.postId);
    logFailure(`${target.label} failed`, error, ids);
    return "failed";
  }
}

/** Replaces every posted copy matching `mine` with what `build` makes for its recipient now. */
export async function updatePostedCards<B extends CardPost>(
  env: BotEnv,
  store: TenantStore,
  select: { kind: string; clientId: string; mine: (post: B) => boolean; label: string; ids: Record<string, string> },
  build: (post: B, teamsUserId: string | undefined) => Promise<OutgoingMessage>,
): Promise<number> {
  const posts = (await store.documents.list<B>(select.kind, { clientId: select.clientId })).filter(
    (p) => select.mine(p.body) && p.body.activityId,
  );
  let updated = 0;
  for (const { body } of posts) {
    const ref = await loadRef(store, body.refId);
    if (!ref) continue;
    try {
      await env.messenger.update(ref.reference, body.activityId!, await build(body, ref.teamsUserId));
      updated += 1;
    } catch (error) {
      logFailure(`${select.label} update failed`, error, { tenant: store.tenantId, ...select.ids });
    }
  }
  return updated;
}

/** The best of several people's delivery results, for the caller's one answer. */
export function overall(results: DeliveryResult[]): DeliveryResult {
  for (const wanted of ["sent", "failed", "already-sent"] as const) if (results.includes(wanted)) return wanted;
  return "no-conversation";
}
