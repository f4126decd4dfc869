/**
 * The small vocabulary every Nudge card is built from. Cards are plain JSON (Adaptive Cards 1.5,
 * the first version with Universal Actions), so builders stay pure and testable without a host.
 */

export type CardElement = { type: string } & Record<string, unknown>;

export interface CardRefresh {
  action: CardElement;
  /** Teams user ids (29:…) whose client refreshes the card on open; Teams allows at most 60. */
  userIds: string[];
}

export interface AdaptiveCardJson {
  type: "AdaptiveCard";
  $schema: string;
  version: "1.5";
  body: CardElement[];
  actions?: CardElement[];
  refresh?: CardRefresh;
  msteams?: { width: "Full" };
}

export const CARD_VERSION = "1.5";

export function adaptiveCard(
  body: CardElement[],
  options: { actions?: CardElement[]; refresh?: CardRefresh } = {},
): AdaptiveCardJson {
  return {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: CARD_VERSION,
    body,
    ...(options.actions?.length ? { actions: options.actions } : {}),
    ...(options.refresh?.userIds.length
      ? { refresh: { ...options.refresh, userIds: options.refresh.userIds.slice(0, 60) } }
      : {}),
    msteams: { width: "Full" },
  };
}

/** Text typed by people (notes, reasons, client names) must not become links or emphasis. */
export function plain(value: string): string {
  return value.replace(/([\\*_[\]`#>~|])/g, "\\$1");
}

export function text(value: string, options: Record<string, unknown> = {}): CardElement {
  return { type: "TextBlock", text: value, wrap: true, ...options };
}

export function heading(value: string): CardElement {
  return text(value, { size: "Medium", weight: "Bolder" });
}

export function subtle(value: string): CardElement {
  return text(value, { isSubtle: true, spacing: "None", size: "Small" });
}

export function facts(pairs: [string, string][]): CardElement {
  return { type: "FactSet", facts: pairs.map(([title, value]) => ({ title, value })) };
}

export function container(items: CardElement[], options: Record<string, unknown> = {}): CardElement {
  return { type: "Container", items, ...options };
}

export function execute(verb: string, title: string, data: Record<string, unknown>, extra = {}): CardElement {
  return { type: "Action.Execute", verb, title, data: { ...data, verb }, ...extra };
}

export function openUrl(title: string, url: string): CardElement {
  return { type: "Action.OpenUrl", title, url };
}

export function showCard(title: string, body: CardElement[], actions: CardElement[]): CardElement {
  return { type: "Action.ShowCard", title, card: { type: "AdaptiveCard", body, actions } };
}

export function section(title: string, items: CardElement[]): CardElement {
  return container([text(title, { weight: "Bolder", spacing: "Medium" }), ...items], { separator: true });
}

/**
 * A horizontal bar as two weighted columns (filled + empty): renders in every Teams client,
 * unlike chart elements, and survives the adaptivecards parser.
 */
export function bar(label: string, share: number, value: string, color = "accent"): CardElement {
  const filled = Math.max(1, Math.min(99, Math.round(share * 100)));
  return {
    type: "ColumnSet",
    spacing: "Small",
    columns: [
      { type: "Column", width: "70px", items: [text(label, { size: "Small" })] },
      {
        type: "Column",
        width: "stretch",
        verticalContentAlignment: "Center",
        items: [
          {
            type: "ColumnSet",
            columns: [
              { type: "Column", width: `${filled}`, style: color, minHeight: "12px", items: [] },
              { type: "Column", width: `${100 - filled}`, minHeight: "12px", items: [] },
            ],
          },
        ],
      },
      { type: "Column", width: "auto", items: [text(value, { size: "Small", horizontalAlignment: "Right" })] },
    ],
  };
}
