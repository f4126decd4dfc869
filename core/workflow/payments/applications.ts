/**
 * Validates a person's chosen applications of a payment: open invoices of clients the person may see
 * (another's is answered as not found, like a missing one), positive amounts within balances and
 * what is left.
 */
import type { Payment, PaymentApplication } from "../../domain/types";
import { fail, ok, type Result } from "../../errors/codes";
import { sumMinor } from "../../money/money";
import type { TenantStore } from "../../ports/store.port";

export async function parseApplications(
  store: TenantStore,
  payment: Payment,
  value: unknown,
  remainingMinor: number,
  seesClient: (clientId: string) => boolean,
): Promise<Result<PaymentApplication[]>> {
  if (!Array.isArray(value)) return fail("VALIDATION", "applications must be a list of {invoiceId, amountMinor}");
  const out: PaymentApplication[] = [];
  for (const [k, raw] of value.entries()) {
    const a = raw as { invoiceId?: unknown; amountMinor?: unknown };
    if (
      typeof a?.invoiceId !== "string" ||
      typeof a.amountMinor !== "number" ||
      !Number.isSafeInteger(a.amountMinor) ||
      a.amountMinor <= 0
    )
      return fail("VALIDATION", `applications.${k} needs an invoiceId and a positive whole amountMinor`);
    const invoice = await store.getInvoice(a.invoiceId);
    if (!invoice || !seesClient(invoice.clientId))
      return fail("NOT_FOUND", `applications.${k}: no invoice ${a.invoiceId}`);
    if (invoice.status !== "open") return fail("VALIDATION", `applications.${k}: invoice ${a.invoiceId} is not open`);
    if (payment.clientId && invoice.clientId !== payment.clientId)
      return fail("VALIDATION", `applications.${k}: invoice ${a.invoiceId} belongs to another client`);
    if (a.amountMinor > invoice.balanceMinor)
      return fail("VALIDATION", `applications.${k}: more than the invoice's balance`);
    out.push({ invoiceId: a.invoiceId, amountMinor: a.amountMinor });
  }
  if (new Set(out.map((a) => a.invoiceId)).size !== out.length)
    return fail("VALIDATION", "each invoice may appear once");
  if (sumMinor(out.map((a) => a.amountMinor)) > remainingMinor)
    return fail("VALIDATION", "applications exceed what is left of the payment");
  return ok(out);
}
