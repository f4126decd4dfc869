/**
 * Delivers escalation cards and keeps every copy current. Each card sent is recorded (kind
 * `escalation-card`, one per escalation and recipient) before it is sent, so a retry or a second
 * request never sends the same person a second card; the record keeps the activity id so a decision
 * can replace every copy in place. Delivery is best effort: an escalation stands without Teams.
 */
import type { Escalation } from "../../core/actions/documents";
import type { TenantStore } from "../../core/ports/store.port";
import { escalationCard } from "../cards/escalation.card";
import {
  type CardPost,
  type DeliveryResult,
  overall,
  postCardOnce,
  updatePostedCards,
} from "../conversations/card-posts";
import { principalOf } from "../conversations/turn-identity";
import type { BotEnv } from "../env";
import { decidersOf } from "./deciders";
import { escalationModel } from "./escalation-view";

export type { DeliveryResult };

export const CARD_POST_KIND = "escalation-card";

export interface EscalationCardPost extends CardPost {
  escalationId: string;
}

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
  const results = await Promise.all(
    (await decidersOf(store, e)).map((userId) =>
      postCardOnce<EscalationCardPost>(
        env,
        store,
        {
          kind: CARD_POST_KIND,
          postId: `${e.id}:${userId}`,
          clientId: e.clientId,
          userId,
          subject: { escalationId: e.id },
          label: "escalation card",
          ids: { escalation: e.id },
        },
        (teamsUserId) => cardFor(env, store, e, userId, teamsUserId),
      ),
    ),
  );
  return overall(results);
}

/** Replaces every posted copy with the current state, as each recipient may see it. */
export async function refreshEscalationCards(env: BotEnv, store: TenantStore, e: Escalation): Promise<number> {
  return updatePostedCards<EscalationCardPost>(
    env,
    store,
    {
      kind: CARD_POST_KIND,
      clientId: e.clientId,
      mine: (post) => post.escalationId === e.id,
      label: "escalation card",
      ids: { escalation: e.id },
    },
    (post, teamsUserId) => cardFor(env, store, e, post.userId, teamsUserId),
  );
}
