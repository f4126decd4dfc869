/**
 * What the review queue works out from the API's answers, kept apart from the components so each
 * rule has a plain test: channel groups, who may approve, who handled an item first, and which of a
 * draft's invoices are still open today.
 */
import type { ClientSummary, Me, OpenInvoiceView, QueueDraft } from "../api/types";

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

/**
 * The server's rule (core/workflow/drafts/review-draft.ts): a manager, or the client's billing
 * partner. The billing partner comes from the client's summary; until it arrives a partner who is
 * not also a specialist sees only clients they bill, so they may. Without `/me` the button shows
 * and the server decides.
 */
export function mayApprove(me: Me | undefined, summary: ClientSummary | undefined): boolean {
  if (!me) return true;
  if (me.roles.includes("manager")) return true;
  if (!me.roles.includes("partner")) return false;
  if (summary) return summary.billingPartner?.id === me.userId;
  return !me.roles.includes("specialist");
}

/** Whether "Mark sent" is for this person now: an unapproved draft that needs approval waits for an approver. */
export function maySend(draft: QueueDraft, me: Me | undefined, summary: ClientSummary | undefined): boolean {
  return !draft.needsApproval || Boolean(draft.approvedBy) || mayApprove(me, summary);
}

export interface Handled {
  /** "sent", "discarded" (drafts) or "completed" (tasks). */
  status: string;
  by: string;
  at: string;
}

/** The detail of 409 ALREADY_DECIDED for drafts and tasks: "<status> by <user id> at <instant>". */
export function parseHandled(detail: string | undefined): Handled | undefined {
  const m = /^(\w[\w-]*) by (.+?) at (\S+)$/.exec(detail?.trim() ?? "");
  return m ? { status: m[1]!, by: m[2]!, at: m[3]! } : undefined;
}

/**
 * A person's name from what the pane knows: the signed-in user, or the client's billing partner or
 * collector (the usual reviewers). Anyone else stays as the API names them.
 */
export function personName(
  userId: string,
  me: Me | undefined,
  summary: ClientSummary | undefined,
  you: string,
): string {
  if (me && userId === me.userId) return you;
  const people = [summary?.billingPartner, summary?.collector];
  return people.find((p) => p?.id === userId)?.displayName ?? userId;
}

/** A draft's invoices as they stand today: the open ones with number and balance, and how many are no longer open. */
export function invoicesToday(
  invoiceIds: readonly string[],
  summary: ClientSummary,
): { open: OpenInvoiceView[]; closed: number } {
  const byId = new Map(summary.openInvoices.map((i) => [i.id, i]));
  const open = invoiceIds.flatMap((id) => {
    const invoice = byId.get(id);
    return invoice ? [invoice] : [];
  });
  return { open, closed: invoiceIds.length - open.length };
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
