/**
 * Escalations as a manager follows them: what waits for each partner (count, amount, the oldest
 * request's age), what was decided this week and how, and write-offs requested and approved this
 * week. "This week" is Monday to `asOf`; ages are whole days from the request to `asOf`.
 */
import type { Escalation } from "../actions/documents";
import { addDays, daysBetween, weekday } from "../domain/dates";
import type { Client, IsoDate, User } from "../domain/types";
import type { WriteOffRequest } from "../workflow/writeoffs/write-off-types";

export interface EscalationListRow extends Escalation {
  clientName: string;
  routedToName: string;
  requestedByName: string;
  ageDays: number;
}

export interface PartnerQueue {
  partnerId: string;
  name: string;
  pending: number;
  amountMinor: number;
  oldestAgeDays: number;
}

export interface EscalationsOverview {
  asOf: IsoDate;
  weekStart: IsoDate;
  pendingTotal: number;
  byPartner: PartnerQueue[];
  decidedThisWeek: { total: number; byOption: Record<string, number> };
  writeOffs: {
    requestedThisWeek: { count: number; amountMinor: number };
    approvedThisWeek: { count: number; amountMinor: number };
    pending: { count: number; amountMinor: number };
  };
}

export const weekStartOf = (asOf: IsoDate): IsoDate => addDays(asOf, -((weekday(asOf) + 6) % 7));

const nameOf = (users: User[], id: string) =>
  id === "committee" ? "Billing & collections committee" : (users.find((u) => u.id === id)?.displayName ?? id);

export function escalationRows(
  escalations: Escalation[],
  clients: Pick<Client, "id" | "name">[],
  users: User[],
  asOf: IsoDate,
): EscalationListRow[] {
  const names = new Map(clients.map((c) => [c.id, c.name]));
  return escalations
    .map((e) => ({
      ...e,
      clientName: names.get(e.clientId) ?? e.clientId,
      routedToName: nameOf(users, e.routedTo),
      requestedByName: nameOf(users, e.requestedBy),
      ageDays: Math.max(0, daysBetween(e.requestedAt.slice(0, 10), asOf)),
    }))
    .sort((a, b) => b.ageDays - a.ageDays || (a.id < b.id ? -1 : 1));
}

const inWeek = (at: string | undefined, from: IsoDate, to: IsoDate) =>
  at !== undefined && at.slice(0, 10) >= from && at.slice(0, 10) <= to;

export function escalationsOverview(
  escalations: Escalation[],
  writeOffs: WriteOffRequest[],
  users: User[],
  asOf: IsoDate,
): EscalationsOverview {
  const weekStart = weekStartOf(asOf);
  const queues = new Map<string, PartnerQueue>();
  for (const e of escalations) {
    if (e.status !== "pending") continue;
    const q = queues.get(e.routedTo) ?? {
      partnerId: e.routedTo,
      name: nameOf(users, e.routedTo),
      pending: 0,
      amountMinor: 0,
      oldestAgeDays: 0,
    };
    q.pending += 1;
    q.amountMinor += e.evidence.totalOutstandingMinor;
    q.oldestAgeDays = Math.max(q.oldestAgeDays, daysBetween(e.requestedAt.slice(0, 10), asOf));
    queues.set(e.routedTo, q);
  }
  const decided = escalations.filter((e) => e.status === "decided" && inWeek(e.decision?.decidedAt, weekStart, asOf));
  const byOption: Record<string, number> = {};
  for (const e of decided) byOption[e.decision!.option] = (byOption[e.decision!.option] ?? 0) + 1;
  const tally = (list: WriteOffRequest[]) => ({
    count: list.length,
    amountMinor: list.reduce((s, w) => s + w.amountMinor, 0),
  });
  return {
    asOf,
    weekStart,
    pendingTotal: escalations.filter((e) => e.status === "pending").length,
    byPartner: [...queues.values()].sort((a, b) => b.oldestAgeDays - a.oldestAgeDays || b.pending - a.pending),
    decidedThisWeek: { total: decided.length, byOption },
    writeOffs: {
      requestedThisWeek: tally(writeOffs.filter((w) => inWeek(w.requestedAt, weekStart, asOf))),
      approvedThisWeek: tally(
        writeOffs.filter((w) => w.status === "approved" && inWeek(w.decision?.decidedAt, weekStart, asOf)),
      ),
      pending: tally(writeOffs.filter((w) => w.status === "pending")),
    },
  };
}
