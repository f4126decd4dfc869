/**
 * What the review queue's items carry beside their ids, read once per listing so a host needs no
 * second request per client: people's display names, and the invoices behind an item with their
 * numbers and balances (money in minor units, with the decimal string beside it). And the answer
 * when someone handled an item first, naming them.
 */
import type { Invoice } from "../../domain/types";
import { type Failure, fail } from "../../errors/codes";
import { toDecimalString } from "../../money/money";
import type { TenantStore } from "../../ports/store.port";
import type { StatedInvoice } from "../documents";
import { forEachLimit } from "../engine/pool";

/** Reads per listing in flight at once: overlap for a remote store without crowding it. */
const PARALLEL_READS = 8;

export interface QueueInvoice {
  id: string;
  number: string;
  /** The balance the item is about: the one the draft states, or today's (see the item's `balancesAsOf`). */
  balanceMinor: number;
  balance: string;
  currency: string;
  /** Still open today: not paid, written off or settled since. */
  open: boolean;
}

/** Display names of the firm's people by user id; ids that are nobody's (the engine, "unassigned") are left out. */
export async function userNames(store: TenantStore, ids: Iterable<string | undefined>): Promise<Map<string, string>> {
  const wanted = [...new Set([...ids].filter((id): id is string => Boolean(id)))];
  const names = new Map<string, string>();
  await forEachLimit(wanted, PARALLEL_READS, async (id) => {
    const user = await store.getUser(id);
    if (user) names.set(id, user.displayName);
  });
  return names;
}

/** The invoices of these clients (open or not) by invoice id: one per-client read each. */
export async function clientInvoices(store: TenantStore, clientIds: Iterable<string>): Promise<Map<string, Invoice>> {
  const byId = new Map<string, Invoice>();
  await forEachLimit([...new Set(clientIds)], PARALLEL_READS, async (clientId) => {
    for (const invoice of await store.listInvoices({ clientId })) byId.set(invoice.id, invoice);
  });
  return byId;
}

const isOpen = (invoice: Invoice | undefined) => invoice?.status === "open" && invoice.balanceMinor > 0;

/** An invoice id is `clientId|number` (core/domain/keys.ts): the number when the ledger no longer has it. */
const numberFromId = (id: string) => id.slice(id.indexOf("|") + 1);

/**
 * The item's invoices in its order: with the balances the draft states when it recorded them,
 * otherwise today's. `open` is always today's.
 */
export function queueInvoices(
  invoiceIds: readonly string[],
  ledger: ReadonlyMap<string, Invoice>,
  stated?: readonly StatedInvoice[],
): QueueInvoice[] {
  const statedById = new Map((stated ?? []).map((s) => [s.id, s]));
  return invoiceIds.map((id) => {
    const today = ledger.get(id);
    const said = stated ? statedById.get(id) : undefined;
    const number = said?.number ?? today?.number ?? numberFromId(id);
    const balanceMinor = said?.balanceMinor ?? today?.balanceMinor ?? 0;
    const currency = said?.currency ?? today?.currency ?? "";
    return {
      id,
      number,
      balanceMinor,
      balance: currency ? toDecimalString(balanceMinor, currency) : String(balanceMinor),
      currency,
      open: isOpen(today),
    };
  });
}

/** Who handled a draft or task first, for 409 `ALREADY_DECIDED` (`details.handled`). */
export interface Handled {
  status: string;
  by?: string;
  byName?: string;
  at?: string;
}

/** 409 `ALREADY_DECIDED` naming the person ("sent by Dana Whitfield at …"), with the ids beside it in `details`. */
export function alreadyHandled(handled: Handled): Failure {
  const who = handled.byName ?? handled.by;
  const detail =
    who && handled.at ? `${handled.status} by ${who} at ${handled.at}` : `it was already ${handled.status}`;
  return fail("ALREADY_DECIDED", detail, { handled });
}
