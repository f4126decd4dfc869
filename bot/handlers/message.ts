/**
 * Text commands. Every message also refreshes the sender's personal conversation reference, so a
 * partner who only ever chats (and never triggered an install event) still receives cards.
 */
import { CardFactory, type TurnContext } from "botbuilder";
import { hasRole } from "../../core/ports/principal";
import { approvalsCard } from "../cards/approvals.card";
import type { AdaptiveCardJson } from "../cards/card-kit";
import { HELP_TEXT, helpCard } from "../cards/help.card";
import { statusCard } from "../cards/status.card";
import type { BotEnv } from "../env";
import { logEvent } from "../log";
import { approvalsModel } from "../views/approvals-view";
import { firstName } from "../views/format";
import { findClient, statusModel } from "../views/status-view";
import { parseCommand } from "./commands";
import { rememberConversation, setManagersChannel } from "./install";
import type { Turn } from "./turn";

const reply = (context: TurnContext, card: AdaptiveCardJson, summary: string) =>
  context.sendActivity({ summary, attachments: [CardFactory.adaptiveCard(card)] });

export async function onMessage(env: BotEnv, context: TurnContext, turn: Turn): Promise<void> {
  const command = parseCommand(context.activity.text);
  logEvent("command", { kind: command.kind, tenant: turn.firm?.tenantStore.tenantId, user: turn.user?.id });
  if (!turn.firm || !turn.user || !turn.principal) {
    await reply(context, helpCard({ known: false }), HELP_TEXT);
    return;
  }
  await rememberConversation(env, context, turn);
  const store = turn.firm.tenantStore;
  switch (command.kind) {
    case "help":
      await reply(context, helpCard({ known: true, firstName: firstName(turn.user.displayName) }), HELP_TEXT);
      return;
    case "approvals":
      await reply(context, approvalsCard(await approvalsModel(store, turn.principal)), "My approvals");
      return;
    case "digest-here":
      if (
        !hasRole(turn.principal, "manager", "admin") ||
        context.activity.conversation.conversationType !== "channel"
      ) {
        await context.sendActivity(
          "Only a collections manager can choose the digest's channel, from inside that channel.",
        );
        return;
      }
      await setManagersChannel(env, context, turn);
      await context.sendActivity("The weekly digest will be posted in this channel.");
      return;
    case "status": {
      const found = await findClient(store, turn.principal, command.query);
      if (found.kind === "none") {
        await context.sendActivity("No client you can see matches that. Try the client id or the start of its name.");
        return;
      }
      if (found.kind === "many") {
        const list = found.clients.slice(0, 8).map((c) => `${c.name} (${c.id})`);
        await context.sendActivity(`Several clients match: ${list.join("; ")}. Ask again with the client id.`);
        return;
      }
      const status = await statusModel(env, store, turn.principal, found.client);
      if (!status) {
        await context.sendActivity("No client you can see matches that.");
        return;
      }
      await reply(context, statusCard(status.model, status.pendingEscalationId), `Status: ${found.client.name}`);
    }
  }
}
