/** What the bot understands. Also the answer to anything it does not. */
import { adaptiveCard, type AdaptiveCardJson, facts, heading, subtle, text } from "./card-kit";

export const HELP_TEXT =
  "Nudge commands: `status <client>` shows a client's aging and score; `my approvals` lists decisions waiting for you; `help` shows this.";

export function helpCard(options: { known: boolean; firstName?: string }): AdaptiveCardJson {
  return adaptiveCard([
    heading(options.firstName ? `Hi ${options.firstName}, I am Nudge` : "I am Nudge"),
    text("I bring collections decisions to you in Teams and post the managers' weekly digest."),
    facts([
      ["status <client>", "Aging and payment-likelihood score (client id or the start of its name)"],
      ["my approvals", "Escalations, plans and write-offs waiting for your decision"],
      ["help", "This list"],
    ]),
    ...(options.known
      ? []
      : [subtle("Your Teams account is not linked to a Nudge user in this firm yet, so only help is available.")]),
  ]);
}
