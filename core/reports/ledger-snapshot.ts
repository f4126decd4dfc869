/** The firm's invoices in its reporting currency with every payment and credit indexed, for replaying history. */
import { indexReductions, type LedgerIndex } from "../aging/balance";
import type { Invoice } from "../domain/types";
import type { TenantStore } from "../ports/store.port";

export interface LedgerSnapshot {
  currency: string;
  invoices: Invoice[];
  ledger: LedgerIndex;
  /** Invoices in other currencies: summing them with the reporting currency would be meaningless. */
  excludedInvoices: number;
}

export async function loadLedgerSnapshot(store: TenantStore): Promise<LedgerSnapshot> {
  const [tenant, all, payments, credits] = await Promise.all([
    store.getTenant(),
    store.listInvoices(),
    store.listPayments(),
    store.listCredits(),
  ]);
  const currency = tenant?.defaultCurrency ?? all[0]?.currency ?? "USD";
  const invoices = all.filter((i) => i.currency === currency);
  return {
    currency,
    invoices,
    ledger: indexReductions(payments, credits),
    excludedInvoices: all.length - invoices.length,
  };
}
