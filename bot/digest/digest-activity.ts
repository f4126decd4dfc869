/**
 * The week's activity for the digest: promises that fell due, collector touches and write-offs.
 * A promise recorded through Nudge exists twice (its audit record and its document, linked by
 * `sourceInteractionId`); it is counted once, with the document's status winning.
 */
import type { PromiseToPay } from "../../core/actions/documents";
import type { Credit, Interaction, IsoDate, User } from "../../core/domain/types";
import type { StoredDocument } from "../../core/ports/store.port";

export const TOUCH_KINDS = new Set<Interaction["kind"]>(["email-sent", "email-drafted", "call", "letter", "sms"]);

const inWeek = (day: string | undefined, from: IsoDate, to: IsoDate) => day !== undefined && day >= from && day <= to;

export function promisesDue(
  interactions: Interaction[],
  documents: StoredDocument<PromiseToPay>[],
  from: IsoDate,
  to: IsoDate,
): { due: number; kept: number; broken: number } {
  const status = new Map<string, string>();
  for (const i of interactions) {
    if (i.kind !== "promise") continue;
    const date = typeof i.data?.date === "string" ? i.data.date : undefined;
    if (inWeek(date, from, to)) status.set(i.id, String(i.data?.outcome ?? "open"));
  }
  for (const { body } of documents) {
    const key = body.sourceInteractionId ?? `doc:${body.id}`;
    if (inWeek(body.promisedDate, from, to)) status.set(key, body.status);
    else status.delete(key);
  }
  const values = [...status.values()];
  return {
    due: values.length,
    kept: values.filter((s) => s === "kept").length,
    broken: values.filter((s) => s === "broken").length,
  };
}

export function collectorActivity(
  interactions: Interaction[],
  users: User[],
  from: IsoDate,
  to: IsoDate,
): { userId: string; name: string; touches: number; accounts: number }[] {
  const byActor = new Map<string, { touches: number; clients: Set<string> }>();
  for (const i of interactions) {
    if (!TOUCH_KINDS.has(i.kind) || !inWeek(i.at.slice(0, 10), from, to)) continue;
    const entry = byActor.get(i.actorId) ?? { touches: 0, clients: new Set<string>() };
    entry.touches += 1;
    entry.clients.add(i.clientId);
    byActor.set(i.actorId, entry);
  }
  return users
    .filter((u) => u.roles.includes("specialist"))
    .map((u) => {
      const e = byActor.get(u.id);
      return { userId: u.id, name: u.displayName, touches: e?.touches ?? 0, accounts: e?.clients.size ?? 0 };
    })
    .sort((a, b) => b.touches - a.touches || a.name.localeCompare(b.name));
}

export function writeOffsIn(credits: Credit[], from: IsoDate, to: IsoDate): { count: number; amountMinor: number } {
  const mine = credits.filter((c) => c.kind === "write-off" && inWeek(c.date, from, to));
  return { count: mine.length, amountMinor: mine.reduce((s, c) => s + c.amountMinor, 0) };
}
