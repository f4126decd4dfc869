/**
 * An approved write-off reaches the ledger as write-off credits, spread over the invoices oldest
 * due date first; an invoice whose balance reaches zero is marked written off (its sequence ends).
 */
import type { Credit, Invoice, IsoDate } from "../../domain/types";
import type { TenantStore } from "../../ports/store.port";
import { allocateOldestFirst } from "../plans/progress";
import type { WriteOffRequest } from "./write-off-types";

export async function applyWriteOff(
  store: TenantStore,
  request: WriteOffRequest,
  approvedBy: string,
  asOf: IsoDate,
): Promise<{ invoiceId: string; amountMinor: number }[]> {
  const invoices = (await Promise.all(request.invoiceIds.map((id) => store.getInvoice(id))))
    .filter((i): i is Invoice => i !== undefined && i.status === "open" && i.balanceMinor > 0)
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.id < b.id ? -1 : 1));
  const { allocated } = allocateOldestFirst(
    request.amountMinor,
    invoices.map((i) => i.balanceMinor),
  );
  const credits: Credit[] = [];
  const updated: Invoice[] = [];
  invoices.forEach((invoice, k) => {
    const amountMinor = allocated[k] ?? 0;
    if (amountMinor <= 0) return;
    credits.push({
      tenantId: invoice.tenantId,
      id: `wo|${request.id}|${invoice.id}`,
      clientId: invoice.clientId,
      invoiceId: invoice.id,
      kind: "write-off",
      amountMinor,
      currency: invoice.currency,
      date: asOf,
      reason: request.reason,
      approvedBy,
    });
    const balanceMinor = invoice.balanceMinor - amountMinor;
    const { stamp: _stamp, ...rest } = invoice;
    updated.push({ ...rest, balanceMinor, ...(balanceMinor === 0 ? { status: "written-off" as const } : {}) });
  });
  if (credits.length) await store.applyLedgerBatch({ credits, invoices: updated }, approvedBy);
  return credits.map((c) => ({ invoiceId: c.invoiceId, amountMinor: c.amountMinor }));
}
