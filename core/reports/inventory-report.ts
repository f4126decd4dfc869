/**
 * The inventory review (`GET /api/reports/inventory`) over the accounts a principal may see: every
 * account is computed (the totals and the order need them all) with the payment model's score,
 * segment and next action joined when a model is in service — a snapshot — and one page of the
 * matching accounts is answered from it (core/reports/inventory-query.ts). The host may keep a
 * snapshot for a few minutes so paging through it does not recompute the firm's inventory.
 */
import { listVisibleClients } from "../access/access";
import { DOC, type Dispute, type Hold, type PromiseToPay } from "../actions/documents";
import type { IsoDate, IsoInstant } from "../domain/types";
import type { Principal } from "../ports/principal";
import type { TenantStore } from "../ports/store.port";
import { worklistEntries } from "../usecases/model-worklist";
import { loadWorkflowConfig } from "../workflow/config/config-store";
import { inventoryRows } from "./inventory";
import {
  accountKey,
  DEFAULT_INVENTORY_QUERY,
  type InventoryPage,
  type InventoryQuery,
  type InventoryViewRow,
  invoiceNumbersByAccount,
  queryInventory,
} from "./inventory-query";

const CONTACT_KINDS = ["email-sent", "call", "letter", "sms"];

/** Every account the principal may see, computed once; pages of it are cut by `answerInventory`. */
export interface InventorySnapshot {
  asOf: IsoDate;
  configVersion: number;
  model: { versionId: string; provisional: boolean } | null;
  rows: InventoryViewRow[];
  /** Open invoices' numbers by account, for the search. */
  invoiceNumbers: Map<string, Set<string>>;
}

export interface InventoryReport extends InventoryPage {
  asOf: IsoDate;
  configVersion: number;
  /** The model whose scores are joined; null before the first training (scores and segments are then null). */
  model: { versionId: string; provisional: boolean } | null;
}

/**
 * What the route answers: a report plus the snapshot it was cut from. Sending `snapshot` back asks
 * for another page of the same snapshot while the host still keeps it (else a fresh one is made).
 */
export interface InventoryAnswer extends InventoryReport {
  snapshot: string;
  computedAt: IsoInstant;
}

export async function inventorySnapshot(
  store: TenantStore,
  principal: Principal,
  asOf: IsoDate,
): Promise<InventorySnapshot> {
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
  // The same scores the worklist shows, for the same clients (MODEL_MISSING leaves them empty).
  const scored = await worklistEntries(store, clients, asOf);
  const byAccount = new Map(scored.ok ? scored.value.items.map((e) => [accountKey(e), e]) : []);
  const visible = new Set(clients.map((c) => c.id));
  return {
    asOf,
    configVersion: loaded.version,
    model: scored.ok ? { versionId: scored.value.modelVersion, provisional: scored.value.provisional } : null,
    rows: rows.map((r) => {
      const m = byAccount.get(accountKey(r));
      return { ...r, p30: m?.p30 ?? null, segment: m?.segment ?? null, modelAction: m?.nextAction ?? null };
    }),
    invoiceNumbers: invoiceNumbersByAccount(openInvoices.filter((i) => visible.has(i.clientId))),
  };
}

/** One page of a snapshot for `query`. */
export function answerInventory(snapshot: InventorySnapshot, query: InventoryQuery): InventoryReport {
  return {
    asOf: snapshot.asOf,
    configVersion: snapshot.configVersion,
    model: snapshot.model,
    ...queryInventory(snapshot.rows, query, snapshot.invoiceNumbers),
  };
}

export async function getInventory(
  store: TenantStore,
  principal: Principal,
  asOf: IsoDate,
  query: InventoryQuery = DEFAULT_INVENTORY_QUERY,
): Promise<InventoryReport> {
  return answerInventory(await inventorySnapshot(store, principal, asOf), query);
}
