/**
 * The firm's payment history in the compact form the model reads: built once from the invoices
 * and the audit trail, then shared by training, backtests and scoring (a nightly job builds it
 * once, trains, and scores the open book from the same arrays).
 */
import type { Interaction, Invoice } from "../domain/types";
import { type Ledger, toLedger } from "./ledger";
import { type Signals, toSignals } from "./signals";

export interface PaymentHistory {
  ledger: Ledger;
  signals: Signals;
}

/**
 * One pass over the invoices and interactions. Nothing refers back to the objects afterwards, so
 * a caller streaming a large ledger from the store can let them go.
 */
export function preparePaymentHistory(
  invoices: readonly Invoice[],
  interactions: readonly Interaction[] = [],
): PaymentHistory {
  const ledger = toLedger(invoices);
  return { ledger, signals: toSignals(ledger, invoices, interactions) };
}
