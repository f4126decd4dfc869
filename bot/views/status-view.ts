/**
 * `status <client>`: finds the client among those the user may see (by id, then by the start of
 * its name) and fills the status card from the same client summary the task pane shows.
 */
import { listVisibleClients } from "../../core/access/access";
import { getAccountState } from "../../core/actions/account-state";
import type { Client } from "../../core/domain/types";
import type { Principal } from "../../core/ports/principal";
import type { TenantStore } from "../../core/ports/store.port";
import { getClientSummary } from "../../core/usecases/client-summary";
import type { StatusCardModel } from "../cards/models";
import { type BotEnv, clientUrl } from "../env";
import { agingLines, money } from "./format";

export type ClientLookup = { kind: "one"; client: Client } | { kind: "many"; clients: Client[] } | { kind: "none" };

export async function findClient(store: TenantStore, principal: Principal, query: string): Promise<ClientLookup> {
  const q = query.trim().toLowerCase();
  const visible = await listVisibleClients(store, principal);
  const byId = visible.find((c) => c.id.toLowerCase() === q);
  if (byId) return { kind: "one", client: byId };
  const byName = visible.filter((c) => c.name.toLowerCase().startsWith(q)).sort((a, b) => a.name.localeCompare(b.name));
  if (byName.length === 1) return { kind: "one", client: byName[0]! };
  const exact = byName.find((c) => c.name.toLowerCase() === q);
  if (exact) return { kind: "one", client: exact };
  return byName.length ? { kind: "many", clients: byName } : { kind: "none" };
}

export async function statusModel(
  env: BotEnv,
  store: TenantStore,
  principal: Principal,
  client: Client,
): Promise<{ model: StatusCardModel; pendingEscalationId?: string } | undefined> {
  const asOf = env.today();
  const [summary, state, score] = await Promise.all([
    getClientSummary(store, principal, client.id, asOf),
    getAccountState(store, principal, client.id),
    env.scores(store, principal, client.id, asOf),
  ]);
  if (!summary.ok || !state.ok) return undefined;
  const s = summary.value;
  const pending = state.value.escalations.find((e) => e.status === "pending");
  const model: StatusCardModel = {
    clientId: client.id,
    clientName: client.name,
    clientUrl: clientUrl(env, client.id),
    asOf,
    outstanding: money(s.totalOutstandingMinor, s.currency),
    openInvoiceCount: s.openInvoices.length,
    oldestDaysPastDue: Math.max(0, ...s.openInvoices.map((i) => i.daysPastDue)),
    aging: agingLines(s.aging?.buckets ?? {}, s.currency),
    score,
    openPromises: state.value.promises.filter((p) => p.status === "open").length,
    openDisputes: state.value.disputes.filter((d) => d.status === "open").length,
    pendingEscalation: Boolean(pending),
    ...(s.billingPartner ? { billingPartner: s.billingPartner.displayName } : {}),
    ...(s.collector ? { collector: s.collector.displayName } : {}),
  };
  return { model, ...(pending ? { pendingEscalationId: pending.id } : {}) };
}
