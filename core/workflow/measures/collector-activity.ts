/**
 * Collector activity over a period, per collector:
 * - `touches`: contacts the collector made (email sent, call, letter, SMS; engine drafts excluded) dated in the period;
 * - `accountsTouched`: distinct clients those touches were with; `touchesPerAccount` = touches ÷ accountsTouched;
 * - `invoicesPastDue`: the collector's clients' invoices whose due date is in the period and that were not paid by it;
 * - `avgDaysToFirstContact`: mean over those invoices of (first person contact on or after the due date − due date),
 *   where a contact counts for an invoice when it names the invoice or names no invoice; `uncontacted` = the rest.
 */
import type { Client, Interaction, Invoice, User } from "../../domain/types";
import { days, inPeriod, isPersonContact, mean, type Period, round1 } from "./period";

export interface CollectorActivityRow {
  collectorId: string;
  name: string;
  accounts: number;
  touches: number;
  accountsTouched: number;
  touchesPerAccount: number;
  invoicesPastDue: number;
  contacted: number;
  uncontacted: number;
  avgDaysToFirstContact: number | null;
}

export function collectorActivity(
  input: { clients: Client[]; users: User[]; invoices: Invoice[]; interactions: Interaction[] },
  period: Period,
): CollectorActivityRow[] {
  const contacts = input.interactions.filter(isPersonContact);
  const byClient = new Map<string, Interaction[]>();
  for (const c of contacts) {
    const list = byClient.get(c.clientId);
    if (list) list.push(c);
    else byClient.set(c.clientId, [c]);
  }
  const collectorIds = [
    ...new Set([
      ...input.users.filter((u) => u.roles.includes("specialist")).map((u) => u.id),
      ...input.clients.flatMap((c) => (c.collectorId ? [c.collectorId] : [])),
    ]),
  ].sort();
  return collectorIds.map((id) => {
    const clients = new Set(input.clients.filter((c) => c.collectorId === id).map((c) => c.id));
    const mine = contacts.filter((c) => c.actorId === id && inPeriod(c.at.slice(0, 10), period));
    const touchedAccounts = new Set(mine.map((c) => c.clientId)).size;
    const pastDue = input.invoices.filter(
      (i) =>
        clients.has(i.clientId) &&
        inPeriod(i.dueDate, period) &&
        i.dueDate < period.to &&
        !(i.paidDate !== undefined && i.paidDate <= i.dueDate),
    );
    const delays: number[] = [];
    for (const inv of pastDue) {
      const first = (byClient.get(inv.clientId) ?? [])
        .filter((c) => c.at.slice(0, 10) >= inv.dueDate && (!c.invoiceIds?.length || c.invoiceIds.includes(inv.id)))
        .map((c) => c.at.slice(0, 10))
        .sort()[0];
      if (first !== undefined) delays.push(days(inv.dueDate, first));
    }
    return {
      collectorId: id,
      name: input.users.find((u) => u.id === id)?.displayName ?? id,
      accounts: clients.size,
      touches: mine.length,
      accountsTouched: touchedAccounts,
      touchesPerAccount: touchedAccounts ? round1(mine.length / touchedAccounts) : 0,
      invoicesPastDue: pastDue.length,
      contacted: delays.length,
      uncontacted: pastDue.length - delays.length,
      avgDaysToFirstContact: mean(delays),
    };
  });
}
