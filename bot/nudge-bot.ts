/**
 * Nudge's Teams bot: routes activities to the handlers. Messages answer commands, installs and
 * conversation updates remember where to speak first, and Universal Actions decide escalations.
 */
import {
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  TeamsActivityHandler,
  type TurnContext,
} from "botbuilder";
import type { BotEnv } from "./env";
import { onCardAction } from "./handlers/card-action";
import { onInstalled } from "./handlers/install";
import { onMessage } from "./handlers/message";
import { resolveTurn } from "./handlers/turn";

export class NudgeBot extends TeamsActivityHandler {
  constructor(private readonly env: BotEnv) {
    super();
    this.onMessage(async (context, next) => {
      await onMessage(env, context, await resolveTurn(env, context));
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await onInstalled(env, context, await resolveTurn(env, context));
      await next();
    });
    this.onConversationUpdate(async (context, next) => {
      const botId = context.activity.recipient?.id;
      if (context.activity.membersAdded?.some((m) => m.id === botId)) {
        await onInstalled(env, context, await resolveTurn(env, context));
      }
      await next();
    });
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    value: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    return onCardAction(this.env, context, value, await resolveTurn(this.env, context));
  }
}
