/** The inventory review (`GET /api/reports/inventory`) over the accounts a principal may see. */
import { listVisibleClients } from "../access/access";
import { DOC, type Dispute, type Hold, type PromiseToPay } from "../actions/documents";
import type { IsoDate } from "../domain/types";
import type { Principal } from "../ports/principal";
import type { TenantStore } from "../ports/store.port";
import { loadWorkflowConfig } from "../workflow/config/config-store";
import { type InventoryRow, inventoryRows } from "./inventory";

const CONTACT_KINDS = ["email-sent", "call", "letter", "sms"];

export interface InventoryReport {
  asOf: IsoDate;
  rows: InventoryRow[];
  configVersion: number;
}

export async function getInventory(store: TenantStore, principal: Principal, asOf: IsoDate): Promise<InventoryReport> {
  const bodies = <T>(docs: { body: T }[]) => docs.map((d) => d.body);
  const [clients, users, matters, openInvoices, interactions, promises, disputes, holds, loaded] = await Promise.all([
    listVisibleClients(store, principal),
    store.listUsers(),
    store.listMatters(),
    store.listInvoices({ openOnly: true }),
    store.listInteractions({ kinds: CONTACT_KINDS }),
    store.documents.list<PromiseToPay>(DOC.promise).then(bodies),
    store.documents.list<Dispute>(DOC.dispute).then(bodies),
    store.documents.list<Hold>(DOC.hold).then(bodies),
    loadWorkflowConfig(store),
  ]);
  const rows = inventoryRows({
    asOf,
    clients,
    users,
    matters,
    openInvoices,
    interactions,
    promises,
    disputes,
    holds,
    config: loaded.config,
  });
  return { asOf, rows, configVersion: loaded.version };
}
