/**
 * Delivers escalation cards and keeps every copy current. Each card sent is recorded (kind
 * `escalation-card`, one per escalation and recipient) before it is sent, so a retry or a second
 * request never sends the same person a second card; the record keeps the activity id so a decision
 * can replace every copy in place. Delivery is best effort: an escalation stands without Teams.
 */
import type { Escalation } from "../../core/actions/documents";
import type { TenantStore } from "../../core/ports/store.port";
import { escalationCard } from "../cards/escalation.card";
import { loadRef, personalRefId } from "../conversations/refs";
import { principalOf } from "../conversations/turn-identity";
import type { BotEnv } from "../env";
import { logEvent, logFailure } from "../log";
import { decidersOf } from "./deciders";
import { escalationModel } from "./escalation-view";

export const CARD_POST_KIND = "escalation-card";

export interface CardPost {
  escalationId: string;
  userId: string;
  refId: string;
  activityId?: string;
  postedAt: string;
}

export type DeliveryResult = "sent" | "already-sent" | "no-conversation" | "not-pending" | "failed";

async function cardFor(env: BotEnv, store: TenantStore, e: Escalation, userId: string, teamsUserId?: string) {
  const user = await store.getUser(userId);
  const model = await escalationModel(env, store, e, {
    ...(user ? { principal: principalOf(user) } : {}),
    ...(teamsUserId ? { teamsUserId } : {}),
  });
  return { card: escalationCard(model, env.today()), summary: `Escalation: ${model.clientName}` };
}

/** Sends the card once to each person who may decide it now. */
export async function deliverEscalation(env: BotEnv, store: TenantStore, e: Escalation): Promise<DeliveryResult> {
  if (e.status !== "pending") return "not-pending";
  const results = await Promise.all((await decidersOf(store, e)).map((userId) => deliverTo(env, store, e, userId)));
  for (const wanted of ["sent", "failed", "already-sent"] as const) if (results.includes(wanted)) return wanted;
  return "no-conversation";
}

async function deliverTo(env: BotEnv, store: TenantStore, e: Escalation, userId: string): Promise<DeliveryResult> {
  const ids = { tenant: store.tenantId, escalation: e.id, to: userId };
  const refId = personalRefId(userId);
  const ref = await loadRef(store, refId);
  if (!ref) {
    logEvent("escalation card not sent: no conversation", ids);
    return "no-conversation";
  }
  const postId = `${e.id}:${userId}`;
  const post: CardPost = { escalationId: e.id, userId, refId, postedAt: env.now().toISOString() };
  const claim = await store.documents.create(CARD_POST_KIND, postId, post, { actorId: "bot", clientId: e.clientId });
  if (!claim.ok) return "already-sent";
  try {
    const message = await cardFor(env, store, e, userId, ref.teamsUserId);
    const activityId = await env.messenger.send(ref.reference, message);
    await store.documents.upsert(
      CARD_POST_KIND,
      postId,
      { ...post, ...(activityId ? { activityId } : {}) },
      {
        actorId: "bot",
        clientId: e.clientId,
      },
    );
    logEvent("escalation card sent", ids);
    return "sent";
  } catch (error) {
    await store.documents.delete(CARD_POST_KIND, postId);
    logFailure("escalation card failed", error, ids);
    return "failed";
  }
}

/** Replaces every posted copy with the current state, as each recipient may see it. */
export async function refreshEscalationCards(env: BotEnv, store: TenantStore, e: Escalation): Promise<number> {
  const posts = (await store.documents.list<CardPost>(CARD_POST_KIND, { clientId: e.clientId })).filter(
    (p) => p.body.escalationId === e.id && p.body.activityId,
  );
  let updated = 0;
  for (const { body } of posts) {
    const ref = await loadRef(store, body.refId);
    if (!ref) continue;
    try {
      await env.messenger.update(
        ref.reference,
        body.activityId!,
        await cardFor(env, store, e, body.userId, ref.teamsUserId),
      );
      updated += 1;
    } catch (error) {
      logFailure("escalation card update failed", error, { tenant: store.tenantId, escalation: e.id });
    }
  }
  return updated;
}
