/**
 * Payment plan and write-off requests, from two places: the request card (refresh; approve; change
 * a plan and approve; reject with a reason), answered with the card as the clicker may now see it
 * (a short "not available" card to whoever may not see the request, as the API asks);
 * and the `my approvals` list (approve or reject), answered with the refreshed list. Both decide
 * through `decideRequestChoice`, so every posted card refreshes and the specialist is told.
 */
import type { AdaptiveCardInvokeResponse } from "botbuilder";
import { canSeeRequest } from "../../core/workflow/authority/request-visibility";
import { approvalsCard } from "../cards/approvals.card";
import type { AdaptiveCardJson } from "../cards/card-kit";
import { VERBS } from "../cards/escalation-inputs";
import { notAvailableCard } from "../cards/notice.card";
import { requestCard } from "../cards/request.card";
import type { BotEnv } from "../env";
import { decideRequestChoice, decideRequestFromCard } from "../requests/decide-from-card";
import { isRequestKind, loadRequest, nounOf } from "../requests/requests";
import { requestModel } from "../requests/request-view";
import { approvalsModel } from "../views/approvals-view";
import type { Turn } from "./turn";

const cardResponse = (card: AdaptiveCardJson): AdaptiveCardInvokeResponse => ({
  statusCode: 200,
  type: "application/vnd.microsoft.card.adaptive",
  value: card as unknown as Record<string, unknown>,
});

const messageResponse = (text: string): AdaptiveCardInvokeResponse => ({
  statusCode: 200,
  type: "application/vnd.microsoft.activity.message",
  value: text as unknown as Record<string, unknown>,
});

type KnownTurn = Required<Pick<Turn, "firm" | "principal">>;

/** The `my approvals` list's Approve / Reject buttons. */
export async function onRequestAction(
  env: BotEnv,
  data: Record<string, unknown>,
  turn: KnownTurn,
): Promise<AdaptiveCardInvokeResponse> {
  const store = turn.firm.tenantStore;
  const kind = isRequestKind(data.kind) ? data.kind : undefined;
  const id = typeof data.id === "string" ? data.id : "";
  const request = kind && id ? await loadRequest(store, { kind, id }) : undefined;
  let notice: string;
  if (!request || typeof data.approve !== "boolean") {
    notice = "Not recorded: the request is not valid.";
  } else {
    ({ notice } = await decideRequestChoice(env, store, request, turn.principal, { approve: data.approve }));
  }
  return cardResponse(approvalsCard(await approvalsModel(store, turn.principal, notice)));
}

/** The request card's own verbs: refresh, approve, modify (plans), reject. */
export async function onRequestCardAction(
  env: BotEnv,
  verb: string,
  data: Record<string, unknown>,
  turn: KnownTurn,
  teamsUserId: string | undefined,
): Promise<AdaptiveCardInvokeResponse> {
  const store = turn.firm.tenantStore;
  const kind = isRequestKind(data.kind) ? data.kind : undefined;
  const id = typeof data.id === "string" ? data.id : "";
  const found = kind && id ? await loadRequest(store, { kind, id }) : undefined;
  if (!found) return messageResponse(`That ${kind ? nounOf(kind) : "request"} no longer exists.`);
  if (!(await canSeeRequest(store, turn.principal, found.body)))
    return cardResponse(notAvailableCard(nounOf(found.kind)));
  let request = found;
  let notice: string | undefined;
  if (verb !== VERBS.refreshRequest) {
    ({ request, notice } = await decideRequestFromCard(env, store, found, turn.principal, verb, data));
  }
  const viewer = { principal: turn.principal, ...(teamsUserId ? { teamsUserId } : {}) };
  return cardResponse(requestCard(await requestModel(env, store, request, viewer, notice), env.today()));
}
