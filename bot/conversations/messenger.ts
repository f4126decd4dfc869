/**
 * Speaking first: a card or a line sent into a stored conversation, and a card replaced in place.
 * The rest of the bot sees only this interface; the botbuilder implementation continues the
 * conversation through the adapter (a signed call with an app id, unauthenticated locally).
 */
import { type CloudAdapter, CardFactory, type ConversationReference } from "botbuilder";
import type { AdaptiveCardJson } from "../cards/card-kit";
import type { SavedReference } from "./refs";

export type OutgoingMessage = { card: AdaptiveCardJson; summary: string } | { text: string };

export interface Messenger {
  /** Returns the new activity's id, needed later to update a card in place. */
  send(reference: SavedReference, message: OutgoingMessage): Promise<string | undefined>;
  update(reference: SavedReference, activityId: string, message: OutgoingMessage): Promise<void>;
}

export function toActivity(message: OutgoingMessage) {
  return "text" in message
    ? { type: "message", text: message.text }
    : { type: "message", summary: message.summary, attachments: [CardFactory.adaptiveCard(message.card)] };
}

export function createMessenger(adapter: CloudAdapter, appId: string): Messenger {
  const continueWith = (reference: SavedReference, logic: Parameters<CloudAdapter["continueConversationAsync"]>[2]) =>
    adapter.continueConversationAsync(appId, reference as Partial<ConversationReference>, logic);
  return {
    async send(reference, message) {
      let id: string | undefined;
      await continueWith(reference, async (context) => {
        id = (await context.sendActivity(toActivity(message)))?.id;
      });
      return id;
    },
    async update(reference, activityId, message) {
      await continueWith(reference, async (context) => {
        await context.updateActivity({ ...toActivity(message), id: activityId });
      });
    },
  };
}
