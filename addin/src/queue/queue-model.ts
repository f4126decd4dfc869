/**
 * What the review queue works out from the API's answers, kept apart from the components so each
 * rule has a plain test: channel groups, who handled an item first, and whether a person the API
 * names is the signed-in user. Who may approve or send is the API's answer (`mayApprove`,
 * `maySend`), never worked out here.
 */
import type { Me, QueueDraft } from "../api/types";

export const DRAFT_CHANNELS = ["email", "sms", "letter"] as const;
export type DraftChannel = (typeof DRAFT_CHANNELS)[number];

/** Drafts per channel in the pane's order; a channel the pane does not know yet is listed last, as given. */
export function groupByChannel(drafts: QueueDraft[]): { channel: string; drafts: QueueDraft[] }[] {
  const groups = new Map<string, QueueDraft[]>(DRAFT_CHANNELS.map((c) => [c, []]));
  for (const d of drafts) groups.set(d.channel, [...(groups.get(d.channel) ?? []), d]);
  return [...groups.entries()]
    .filter(([, list]) => list.length > 0)
    .map(([channel, list]) => ({ channel, drafts: list }));
}

export interface Handled {
  /** "sent", "discarded" (drafts) or "completed" (tasks). */
  status: string;
  /** The person's display name, as the API wrote it. */
  by: string;
  at: string;
}

/** The detail of 409 ALREADY_DECIDED for drafts and tasks: "<status> by <display name> at <instant>". */
export function parseHandled(detail: string | undefined): Handled | undefined {
  const m = /^(\w[\w-]*) by (.+?) at (\S+)$/.exec(detail?.trim() ?? "");
  return m ? { status: m[1]!, by: m[2]!, at: m[3]! } : undefined;
}

/** A person the API names by id and display name: "You" for the signed-in user, else the name (the id without one). */
export function personName(userId: string, name: string | undefined, me: Me | undefined, you: string): string {
  if (me && userId === me.userId) return you;
  return name ?? userId;
}

/** Who handled an item first, from the name in the API's detail: "You" when it is the signed-in user's own name. */
export function handledByName(name: string, me: Me | undefined, you: string): string {
  return me && name === me.name ? you : name;
}

/** "2026-11-23T19:07:47Z" → "Nov 23, 2026, 7:07 PM" in the user's locale and time zone; anything else as given. */
export function formatInstant(iso: string, locale = "en-US"): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(new Date(time));
}

/** Only web addresses become links (a Graph `webLink`); anything else is not followed. */
export function safeWebLink(url: string | undefined): string | undefined {
  return url && /^https:\/\//i.test(url) ? url : undefined;
}
