/**
 * What the recent audit trail says about each client: when it was last contacted (for the minimum
 * interval and the weekly cap) and whether a reply from it still waits for a person.
 */
import { daysBetween } from "../../domain/dates";
import type { Interaction, InteractionKind, IsoDate } from "../../domain/types";
import { type SequenceState, WORKFLOW_ACTOR } from "../documents";
import type { ContactHistory } from "../guardrails/contact-rules";

/** A contact with the client, made or prepared (an engine draft counts: a person is about to send it). */
export const CONTACT_KINDS: ReadonlySet<InteractionKind> = new Set([
  "email-sent",
  "email-drafted",
  "call",
  "letter",
  "sms",
]);
/** What a person does that shows an inbound reply was read and dealt with. */
const HANDLING_KINDS: ReadonlySet<InteractionKind> = new Set([
  "email-sent",
  "call",
  "note",
  "promise",
  "dispute",
  "hardship",
  "hold",
  "plan",
  "decision",
  "letter",
  "sms",
]);

/** Per client: the latest contact day on or before `asOf`, and on how many distinct days of the last 7 it was contacted. */
export function contactHistories(interactions: Interaction[], asOf: IsoDate): Map<string, ContactHistory> {
  const days = new Map<string, Set<IsoDate>>();
  for (const i of interactions) {
    if (!CONTACT_KINDS.has(i.kind)) continue;
    const day = i.at.slice(0, 10);
    if (day > asOf) continue;
    const set = days.get(i.clientId);
    if (set) set.add(day);
    else days.set(i.clientId, new Set([day]));
  }
  const out = new Map<string, ContactHistory>();
  for (const [clientId, set] of days) {
    const sorted = [...set].sort();
    out.set(clientId, {
      lastContactDate: sorted[sorted.length - 1]!,
      contactsLast7Days: sorted.filter((d) => daysBetween(d, asOf) < 7).length,
    });
  }
  return out;
}

/** Clients whose latest inbound email has no later handling by a person (in append order) nor a "reply handled" mark. */
export function unhandledReplies(interactions: Interaction[], states: SequenceState[]): Set<string> {
  const pending = new Map<string, string>();
  for (const i of interactions) {
    if (i.kind === "email-received") pending.set(i.clientId, i.at);
    else if (HANDLING_KINDS.has(i.kind) && i.actorId !== WORKFLOW_ACTOR) pending.delete(i.clientId);
  }
  for (const s of states) {
    const at = pending.get(s.clientId);
    if (at !== undefined && s.replyHandledAt !== undefined && s.replyHandledAt >= at) pending.delete(s.clientId);
  }
  return new Set(pending.keys());
}
