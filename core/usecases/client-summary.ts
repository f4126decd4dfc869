/**
 * The client view shared by the task pane, the bot's `status` command and the API: who the client
 * is, who owns it, what it owes by aging bucket, and what happened lately.
 */
import { agingReport, type AgingRow, DEFAULT_BUCKETS, daysPastDue } from "../aging/aging";
import type { Client, Interaction, Invoice, IsoDate, Matter, User } from "../domain/types";
import { ok, type Result } from "../errors/codes";
import { toDecimalString } from "../money/money";
import type { Principal } from "../ports/principal";
import type { TenantStore } from "../ports/store.port";
import { loadVisibleClient } from "../access/access";

export interface OpenInvoiceView {
  id: string;
  number: string;
  matterId?: string;
  invoiceDate: IsoDate;
  dueDate: IsoDate;
  amountMinor: number;
  balanceMinor: number;
  balance: string;
  currency: string;
  daysPastDue: number;
  disputed: boolean;
  ebillingStatus?: string;
}

export interface ClientSummary {
  asOf: IsoDate;
  client: Client;
  matters: Matter[];
  billingPartner?: Pick<User, "id" | "displayName" | "email">;
  collector?: Pick<User, "id" | "displayName" | "email">;
  aging: AgingRow | null;
  buckets: typeof DEFAULT_BUCKETS;
  totalOutstandingMinor: number;
  totalOutstanding: string;
  currency: string;
  openInvoices: OpenInvoiceView[];
  recentInteractions: Interaction[];
}

const person = (u: User | undefined) => (u ? { id: u.id, displayName: u.displayName, email: u.email } : undefined);

export function toOpenInvoiceView(invoice: Invoice, asOf: IsoDate): OpenInvoiceView {
  const view: OpenInvoiceView = {
    id: invoice.id,
    number: invoice.number,
    invoiceDate: invoice.invoiceDate,
    dueDate: invoice.dueDate,
    amountMinor: invoice.amountMinor,
    balanceMinor: invoice.balanceMinor,
    balance: toDecimalString(invoice.balanceMinor, invoice.currency),
    currency: invoice.currency,
    daysPastDue: daysPastDue(invoice, asOf),
    disputed: invoice.disputed,
  };
  if (invoice.matterId !== undefined) view.matterId = invoice.matterId;
  if (invoice.ebillingStatus !== undefined) view.ebillingStatus = invoice.ebillingStatus;
  return view;
}

export async function getClientSummary(
  store: TenantStore,
  principal: Principal,
  clientId: string,
  asOf: IsoDate,
  recentLimit = 10,
): Promise<Result<ClientSummary>> {
  const found = await loadVisibleClient(store, principal, clientId);
  if (!found.ok) return found;
  const client = found.value;
  const [matters, invoices, interactions, partner, collector, tenant] = await Promise.all([
    store.listMatters(client.id),
    store.listInvoices({ clientId: client.id }),
    store.listInteractions({ clientId: client.id }),
    client.billingPartnerId ? store.getUser(client.billingPartnerId) : Promise.resolve(undefined),
    client.collectorId ? store.getUser(client.collectorId) : Promise.resolve(undefined),
    store.getTenant(),
  ]);
  const report = agingReport({ invoices, clients: new Map([[client.id, client]]) }, asOf, "client");
  const row = report.rows[0] ?? null;
  const open = invoices
    .filter((i) => i.status === "open" && i.balanceMinor > 0 && i.invoiceDate <= asOf)
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0))
    .map((i) => toOpenInvoiceView(i, asOf));
  const currency = row?.currency ?? tenant?.defaultCurrency ?? "USD";
  const summary: ClientSummary = {
    asOf,
    client,
    matters,
    aging: row,
    buckets: DEFAULT_BUCKETS,
    totalOutstandingMinor: report.grandTotalMinor,
    totalOutstanding: toDecimalString(report.grandTotalMinor, currency),
    currency,
    openInvoices: open,
    recentInteractions: interactions.slice(-recentLimit).reverse(),
  };
  const bp = person(partner);
  const co = person(collector);
  if (bp) summary.billingPartner = bp;
  if (co) summary.collector = co;
  return ok(summary);
}
