/** A one-message card: outcomes and refusals the bot reports in a conversation. */
import { adaptiveCard, type AdaptiveCardJson, text } from "./card-kit";

export function noticeCard(title: string, lines: string[] = [], tone: "Good" | "Attention" | "Default" = "Default") {
  const card: AdaptiveCardJson = adaptiveCard([
    text(title, { weight: "Bolder", ...(tone === "Default" ? {} : { color: tone }) }),
    ...lines.map((l) => text(l)),
  ]);
  return card;
}

/** What a card action answers someone who may not see the escalation or request it is about. */
export function notAvailableCard(noun: string): AdaptiveCardJson {
  return noticeCard(`This ${noun} is not available to you.`);
}
