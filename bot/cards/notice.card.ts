/** A one-message card: outcomes and refusals the bot reports in a conversation. */
import { adaptiveCard, type AdaptiveCardJson, text } from "./card-kit";

export function noticeCard(title: string, lines: string[] = [], tone: "Good" | "Attention" | "Default" = "Default") {
  const card: AdaptiveCardJson = adaptiveCard([
    text(title, { weight: "Bolder", ...(tone === "Default" ? {} : { color: tone }) }),
    ...lines.map((l) => text(l)),
  ]);
  return card;
}
