/** Shared bits of the measures: a reporting period (inclusive days) and rounding for display. */
import { addDays, daysBetween } from "../../domain/dates";
import type { Interaction, InteractionKind, IsoDate } from "../../domain/types";
import { WORKFLOW_ACTOR } from "../documents";

export interface Period {
  from: IsoDate;
  to: IsoDate;
}

export const inPeriod = (day: IsoDate | undefined, p: Period): boolean =>
  day !== undefined && day >= p.from && day <= p.to;

/** Default period: the 90 days ending `asOf`. */
export function defaultPeriod(asOf: IsoDate, days = 90): Period {
  return { from: addDays(asOf, -(days - 1)), to: asOf };
}

export const round1 = (x: number) => Math.round(x * 10) / 10;
export const ratio = (num: number, den: number): number | null =>
  den === 0 ? null : Math.round((num / den) * 10_000) / 10_000;
export const mean = (xs: number[]): number | null =>
  xs.length ? round1(xs.reduce((a, b) => a + b, 0) / xs.length) : null;
export function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return round1(s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2);
}
export const days = (from: IsoDate, to: IsoDate) => daysBetween(from, to);

const CONTACTS: ReadonlySet<InteractionKind> = new Set(["email-sent", "call", "letter", "sms"]);

/**
 * A contact with the client made by a person: an email sent, a call, a letter or SMS actually sent.
 * Drafts prepared by the engine are not contacts until a person sends them.
 */
export function isPersonContact(i: Interaction): boolean {
  return CONTACTS.has(i.kind) && i.actorId !== WORKFLOW_ACTOR && i.data?.status !== "drafted";
}
