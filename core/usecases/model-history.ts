/**
 * Reads what the payment model learns from out of the store: the invoices and the audit records
 * the model's signals use (reminders, disputes, promises). Other audit kinds are not read.
 */
import type { Invoice } from "../domain/types";
import type { TenantStore } from "../ports/store.port";
import { type PaymentHistory, preparePaymentHistory } from "../scoring/payment-history";
import { REMINDER_KINDS } from "../scoring/signals";

export const MODEL_INTERACTION_KINDS: string[] = [...REMINDER_KINDS, "dispute", "promise"];

export interface LoadedHistory {
  history: PaymentHistory;
  invoices: number;
}

/**
 * The firm's history, or one set of clients' (a client's features depend only on its own
 * invoices and records, so scoring a few clients needs only theirs).
 */
export async function loadPaymentHistory(store: TenantStore, clientIds?: readonly string[]): Promise<LoadedHistory> {
  if (clientIds === undefined) {
    const [invoices, interactions] = await Promise.all([
      store.listInvoices(),
      store.listInteractions({ kinds: MODEL_INTERACTION_KINDS }),
    ]);
    return { history: preparePaymentHistory(invoices, interactions), invoices: invoices.length };
  }
  const invoices: Invoice[] = [];
  const interactions = [];
  for (const clientId of clientIds) {
    const [inv, ints] = await Promise.all([
      store.listInvoices({ clientId }),
      store.listInteractions({ clientId, kinds: MODEL_INTERACTION_KINDS }),
    ]);
    invoices.push(...inv);
    interactions.push(...ints);
  }
  return { history: preparePaymentHistory(invoices, interactions), invoices: invoices.length };
}
