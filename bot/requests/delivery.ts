/**
 * Delivers request cards (payment plans, write-offs) to whoever must decide, once per request and
 * person (`request-card` posts keyed by kind, request id and person), and replaces every posted
 * copy when the request changes. Best effort: a request stands, and stays in `my approvals`,
 * whatever happens in Teams.
 */
import type { TenantStore } from "../../core/ports/store.port";
import { requestCard } from "../cards/request.card";
import {
  type CardPost,
  type DeliveryResult,
  overall,
  postCardOnce,
  updatePostedCards,
} from "../conversations/card-posts";
import { principalOf } from "../conversations/turn-identity";
import type { BotEnv } from "../env";
import { decidersOf } from "../escalations/deciders";
import { type ApprovalRequest, type RequestKind, stateOf } from "./requests";
import { requestModel } from "./request-view";

export const REQUEST_POST_KIND = "request-card";

export interface RequestCardPost extends CardPost {
  requestKind: RequestKind;
  requestId: string;
}

const LABEL = { plan: "plan card", "write-off": "write-off card" } as const;
const SUMMARY = { plan: "Payment plan to approve", "write-off": "Write-off to approve" } as const;

async function cardFor(env: BotEnv, store: TenantStore, r: ApprovalRequest, userId: string, teamsUserId?: string) {
  const user = await store.getUser(userId);
  const model = await requestModel(env, store, r, {
    ...(user ? { principal: principalOf(user) } : {}),
    ...(teamsUserId ? { teamsUserId } : {}),
  });
  return { card: requestCard(model, env.today()), summary: `${SUMMARY[r.kind]}: ${model.clientName}` };
}

/** Sends the card once to each person who may decide the request now. */
export async function deliverRequest(env: BotEnv, store: TenantStore, r: ApprovalRequest): Promise<DeliveryResult> {
  if (stateOf(r) !== "pending") return "not-pending";
  const results = await Promise.all(
    (await decidersOf(store, r.body)).map((userId) =>
      postCardOnce<RequestCardPost>(
        env,
        store,
        {
          kind: REQUEST_POST_KIND,
          postId: `${r.kind}:${r.body.id}:${userId}`,
          clientId: r.body.clientId,
          userId,
          subject: { requestKind: r.kind, requestId: r.body.id },
          label: LABEL[r.kind],
          ids: { [r.kind]: r.body.id },
        },
        (teamsUserId) => cardFor(env, store, r, userId, teamsUserId),
      ),
    ),
  );
  return overall(results);
}

/** Replaces every posted copy with the current state, as each recipient may see it. */
export async function refreshRequestCards(env: BotEnv, store: TenantStore, r: ApprovalRequest): Promise<number> {
  return updatePostedCards<RequestCardPost>(
    env,
    store,
    {
      kind: REQUEST_POST_KIND,
      clientId: r.body.clientId,
      mine: (post) => post.requestKind === r.kind && post.requestId === r.body.id,
      label: LABEL[r.kind],
      ids: { [r.kind]: r.body.id },
    },
    (post, teamsUserId) => cardFor(env, store, r, post.userId, teamsUserId),
  );
}
