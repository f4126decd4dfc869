/**
 * Payment terms decide the due date every sequence step counts from. A matter's terms beat its
 * client's, which beat the firm default; with no terms configured the billing system's own due date
 * stands.
 */
import { addDays, endOfMonth } from "../../domain/dates";
import type { Invoice, IsoDate } from "../../domain/types";
import type { PaymentTerms, TermsConfig } from "./types";

/** Due date under `terms`: net N = invoice date + N; end of month + N = last day of the invoice's month + N. */
export function dueDateFor(invoiceDate: IsoDate, terms: PaymentTerms): IsoDate {
  return terms.kind === "net" ? addDays(invoiceDate, terms.days) : addDays(endOfMonth(invoiceDate), terms.days);
}

export function termsFor(invoice: Pick<Invoice, "clientId" | "matterId">, config: TermsConfig): PaymentTerms | null {
  if (invoice.matterId !== undefined) {
    const matterTerms = config.matters[invoice.matterId];
    if (matterTerms) return matterTerms;
  }
  return config.clients[invoice.clientId] ?? config.default;
}

/** The due date the workflow uses for an invoice: from the configured terms, else the invoice's own. */
export function effectiveDueDate(
  invoice: Pick<Invoice, "clientId" | "matterId" | "invoiceDate" | "dueDate">,
  config: TermsConfig,
): IsoDate {
  const terms = termsFor(invoice, config);
  return terms ? dueDateFor(invoice.invoiceDate, terms) : invoice.dueDate;
}
