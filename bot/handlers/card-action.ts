/**
 * Universal Actions (`adaptiveCard/action` invokes): refresh and open show the escalation card as
 * this viewer may see it; decision verbs go through `decideFromCard`; payment plans and write-offs
 * (their own card and the `my approvals` list) go to `request-action.ts`. The answer is always a
 * card (the clicker's view of the new state) or a short message, never a stack trace. Whoever may
 * not see the escalation (the API's own test) gets a short "not available" card for any verb.
 */
import type { AdaptiveCardInvokeResponse, AdaptiveCardInvokeValue, TurnContext } from "botbuilder";
import { DOC, type Escalation } from "../../core/actions/documents";
import { canSeeRequest } from "../../core/workflow/authority/request-visibility";
import type { AdaptiveCardJson } from "../cards/card-kit";
import { escalationCard } from "../cards/escalation.card";
import { notAvailableCard } from "../cards/notice.card";
import { DECISION_VERBS, VERBS } from "../cards/escalation-inputs";
import { REQUEST_CARD_VERBS } from "../cards/request-inputs";
import type { DecisionVerb } from "../decisions/decision-service";
import type { BotEnv } from "../env";
import { decideFromCard } from "../escalations/decide-from-card";
import { escalationModel } from "../escalations/escalation-view";
import { onRequestAction, onRequestCardAction } from "./request-action";
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

export async function onCardAction(
  env: BotEnv,
  context: TurnContext,
  value: AdaptiveCardInvokeValue,
  turn: Turn,
): Promise<AdaptiveCardInvokeResponse> {
  if (!turn.firm || !turn.principal) {
    return messageResponse("Your Teams account is not linked to a Nudge user in this firm.");
  }
  const data = (value.action.data ?? {}) as Record<string, unknown>;
  const verb = value.action.verb;
  const known = { firm: turn.firm, principal: turn.principal };
  if (verb === VERBS.decideRequest) return onRequestAction(env, data, known);
  if (REQUEST_CARD_VERBS.includes(verb)) return onRequestCardAction(env, verb, data, known, context.activity.from?.id);
  const store = turn.firm.tenantStore;
  const id = typeof data.escalationId === "string" ? data.escalationId : "";
  const doc = id ? await store.documents.get<Escalation>(DOC.escalation, id) : undefined;
  if (!doc) return messageResponse("That escalation no longer exists.");
  if (!(await canSeeRequest(store, turn.principal, doc.body))) return cardResponse(notAvailableCard("escalation"));
  const viewer = { principal: turn.principal, teamsUserId: context.activity.from.id };
  let escalation = doc.body;
  let notice: string | undefined;
  if (DECISION_VERBS.includes(verb as DecisionVerb)) {
    ({ escalation, notice } = await decideFromCard(env, store, doc.body, turn.principal, verb, data));
  } else if (verb !== VERBS.refresh && verb !== VERBS.open) {
    return messageResponse("That action is not known to Nudge.");
  }
  return cardResponse(escalationCard(await escalationModel(env, store, escalation, viewer, notice), env.today()));
}
