/**
 * Small hand-made ledgers for tests: an invoice with sensible defaults, overridden per case.
 */
import { addDays } from "../../domain/dates";
import type { Interaction, InteractionKind, Invoice, IsoDate } from "../../domain/types";

export interface InvoiceSpec {
  client?: string;
  number: string;
  issued: IsoDate;
  terms?: number;
  paid?: IsoDate;
  amount?: number;
  disputed?: boolean;
  delivery?: Invoice["delivery"];
  ebilling?: Invoice["ebillingStatus"];
  status?: Invoice["status"];
  currency?: string;
}

export function invoice(spec: InvoiceSpec): Invoice {
  const client = spec.client ?? "acme";
  const amount = spec.amount ?? 100_000;
  const status = spec.status ?? (spec.paid ? "paid" : "open");
  return {
    tenantId: "t1",
    id: `${client}|${spec.number}`,
    clientId: client,
    number: spec.number,
    invoiceDate: spec.issued,
    dueDate: addDays(spec.issued, spec.terms ?? 30),
    amountMinor: amount,
    balanceMinor: status === "open" ? amount : 0,
    currency: spec.currency ?? "USD",
    status,
    ...(spec.paid ? { paidDate: spec.paid } : {}),
    disputed: spec.disputed ?? false,
    ...(spec.delivery ? { delivery: spec.delivery } : {}),
    ...(spec.ebilling ? { ebillingStatus: spec.ebilling } : {}),
  };
}

export function interaction(
  kind: InteractionKind,
  at: IsoDate,
  options: { client?: string; invoices?: string[]; data?: Record<string, unknown> } = {},
): Interaction {
  const client = options.client ?? "acme";
  return {
    tenantId: "t1",
    id: `${kind}-${at}-${client}`,
    clientId: client,
    ...(options.invoices ? { invoiceIds: options.invoices } : {}),
    kind,
    at: `${at}T09:00:00Z`,
    actorId: "u1",
    summary: kind,
    ...(options.data ? { data: options.data } : {}),
  };
}
