/**
 * A small firm in the in-memory store for workflow use-case tests: the demo firm's people, one
 * business client (Delgado's, collected by Chen), one consumer client, invoices due on chosen days.
 */
import { MemoryStore } from "../../adapters/fakes/memory-store";
import { DEMO_USERS } from "../../core/demo/demo-people";
import { addDays } from "../../core/domain/dates";
import type { Client, Invoice, IsoDate, Payment } from "../../core/domain/types";
import type { Principal } from "../../core/ports/principal";
import type { TenantStore } from "../../core/ports/store.port";
import { basicRenderer } from "../../core/workflow/drafts/basic-render";
import { queueDraftSink } from "../../core/workflow/drafts/queue-sink";
import type { RunSequencesDeps } from "../../core/workflow/engine/run-sequences";

export const TENANT = "wf-test";
export const DAY0: IsoDate = "2026-11-23"; // a Monday

export function principalOf(userId: string): Principal {
  const u = DEMO_USERS.find((x) => x.id === userId);
  if (!u) throw new Error(`no demo user ${userId}`);
  return { tenantId: TENANT, userId: u.id, email: u.email, name: u.displayName, roles: u.roles };
}

export function client(id: string, over: Partial<Client> = {}): Client {
  return {
    tenantId: TENANT,
    id,
    name: `${id} Holdings`,
    contacts: [{ name: "AP", email: `ap@${id.toLowerCase()}.example` }],
    emailDomains: [`${id.toLowerCase()}.example`],
    billingPartnerId: "u-delgado",
    collectorId: "u-chen",
    language: "en",
    preferredChannel: "email",
    ...over,
  };
}

/** An open invoice of `amountMinor` due `dueIn` days from DAY0 (negative = already overdue). */
export function invoice(
  clientId: string,
  n: number,
  dueIn: number,
  amountMinor = 100_000,
  over: Partial<Invoice> = {},
): Invoice {
  const dueDate = addDays(DAY0, dueIn);
  return {
    tenantId: TENANT,
    id: `${clientId}|${n}`,
    clientId,
    number: String(n),
    invoiceDate: addDays(dueDate, -30),
    dueDate,
    amountMinor,
    balanceMinor: amountMinor,
    currency: "USD",
    status: "open",
    disputed: false,
    ...over,
  };
}

export function payment(inv: Invoice, date: IsoDate, amountMinor: number, id = `${inv.id}|pay|${date}`): Payment {
  return {
    tenantId: TENANT,
    id,
    clientId: inv.clientId,
    receivedDate: date,
    amountMinor,
    currency: "USD",
    applications: [{ invoiceId: inv.id, amountMinor }],
    unappliedMinor: 0,
  };
}

/** Records a payment the way an import would: the payment, and the invoice's new balance. */
export async function pay(store: TenantStore, inv: Invoice, date: IsoDate, amountMinor: number): Promise<Invoice> {
  const current = (await store.getInvoice(inv.id))!;
  const { stamp: _s, ...rest } = current;
  const balanceMinor = current.balanceMinor - amountMinor;
  const next: Invoice = {
    ...rest,
    balanceMinor,
    ...(balanceMinor === 0 ? { status: "paid" as const, paidDate: date } : {}),
  };
  await store.applyLedgerBatch({ payments: [payment(inv, date, amountMinor)], invoices: [next] }, "import");
  return next;
}

export async function smallFirm(clients: Client[], invoices: Invoice[]): Promise<TenantStore> {
  const store = new MemoryStore({ now: () => `${DAY0}T09:00:00.000Z` }).forTenant(TENANT);
  await store.putTenant({
    id: TENANT,
    name: "Test LLP",
    timeZone: "America/New_York",
    defaultCurrency: "USD",
    nudgeStartDate: addDays(DAY0, -120),
  });
  await store.applyLedgerBatch(
    { users: DEMO_USERS.map((u) => ({ ...u, tenantId: TENANT })), clients, invoices },
    "seed",
  );
  return store;
}

export function engineDeps(store: TenantStore): RunSequencesDeps {
  let n = 0;
  return { sink: queueDraftSink(store.documents), render: basicRenderer, newId: () => `id-${++n}` };
}

export function actionDeps(asOf: IsoDate = DAY0) {
  let n = 0;
  return { asOf, now: `${asOf}T15:00:00.000Z`, newId: () => `a-${asOf}-${++n}` };
}
