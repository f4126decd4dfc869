/**
 * The firm's aging report as one principal may see it. For today (or later) only open invoices are
 * read; for a past day every invoice is, and payments are replayed so partial payments count on
 * the day they arrived.
 */
import { type AgingGroupBy, type AgingReport, agingReport } from "../aging/aging";
import { indexReductions } from "../aging/balance";
import type { IsoDate } from "../domain/types";
import type { Principal } from "../ports/principal";
import type { TenantStore } from "../ports/store.port";
import { listVisibleClients, seesWholeFirm } from "../access/access";

export async function getAgingReport(
  store: TenantStore,
  principal: Principal,
  options: { asOf: IsoDate; today: IsoDate; by: AgingGroupBy },
): Promise<AgingReport> {
  const historic = options.asOf < options.today;
  const [clients, users, matters, allInvoices] = await Promise.all([
    listVisibleClients(store, principal),
    store.listUsers(),
    options.by === "matter" ? store.listMatters() : Promise.resolve([]),
    store.listInvoices(historic ? {} : { openOnly: true }),
  ]);
  const clientMap = new Map(clients.map((c) => [c.id, c]));
  const invoices = seesWholeFirm(principal) ? allInvoices : allInvoices.filter((i) => clientMap.has(i.clientId));
  const ledger = historic ? indexReductions(await store.listPayments(), await store.listCredits()) : undefined;
  return agingReport(
    {
      invoices,
      clients: clientMap,
      matterNames: new Map(matters.map((m) => [m.id, m.name])),
      userNames: new Map(users.map((u) => [u.id, u.displayName])),
      ...(ledger ? { ledger } : {}),
    },
    options.asOf,
    options.by,
  );
}
