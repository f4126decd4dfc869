/**
 * Unapplied payments: money received that matches no invoice is held and listed for matching, with
 * a suggestion (the client's open invoices, or invoices whose number appears in the remittance
 * reference, oldest due date first). Applying is guarded by a compare-and-set document per payment,
 * so two people matching the same payment at once cannot apply it twice.
 *
 * Who sees what: managers and admins every payment; a specialist the payments of clients they may see
 * and the unidentified ones (no client yet: identifying them is their job), with suggestions and
 * applications only on invoices of clients they may see. Anything else is answered as not found.
 */
import { listVisibleClients, seesWholeFirm } from "../../access/access";
import { audit } from "../../actions/audit";
import type { ActionDeps } from "../../actions/documents";
import type { Invoice, Payment, PaymentApplication } from "../../domain/types";
import { fail, ok, type Result } from "../../errors/codes";
import { formatMoney, sumMinor } from "../../money/money";
import { hasRole, type Principal } from "../../ports/principal";
import type { TenantStore } from "../../ports/store.port";
import { WF_DOC } from "../documents";
import { allocateOldestFirst } from "../plans/progress";
import { parseApplications } from "./applications";

export interface PaymentMatch {
  paymentId: string;
  originalUnappliedMinor: number;
  appliedMinor: number;
  applications: PaymentApplication[];
}

export interface UnappliedView {
  payment: Payment;
  remainingMinor: number;
  matchedBy: "client" | "reference" | "none";
  suggestion: PaymentApplication[];
}

const byDue = (a: Invoice, b: Invoice) =>
  a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.id < b.id ? -1 : 1;

/** Whose payments and invoices the principal may match: every client's for the whole firm, else the visible ones'. */
type SeesClient = (clientId: string) => boolean;

async function visibility(store: TenantStore, principal: Principal): Promise<SeesClient> {
  if (seesWholeFirm(principal)) return () => true;
  const visible = new Set((await listVisibleClients(store, principal)).map((c) => c.id));
  return (clientId) => visible.has(clientId);
}

async function candidates(
  store: TenantStore,
  payment: Payment,
  sees: SeesClient,
): Promise<{ invoices: Invoice[]; matchedBy: UnappliedView["matchedBy"] }> {
  if (payment.clientId)
    return { invoices: await store.listInvoices({ clientId: payment.clientId, openOnly: true }), matchedBy: "client" };
  const tokens = [...new Set((payment.reference ?? "").match(/[A-Za-z0-9-]{3,}/g) ?? [])];
  const found = (await Promise.all(tokens.map((t) => store.findInvoicesByNumber(t))))
    .flat()
    .filter((i) => sees(i.clientId));
  return { invoices: found, matchedBy: found.length ? "reference" : "none" };
}

export function suggestApplications(invoices: Invoice[], remainingMinor: number): PaymentApplication[] {
  const open = invoices.filter((i) => i.status === "open" && i.balanceMinor > 0).sort(byDue);
  const { allocated } = allocateOldestFirst(
    remainingMinor,
    open.map((i) => i.balanceMinor),
  );
  return open.flatMap((i, k) => ((allocated[k] ?? 0) > 0 ? [{ invoiceId: i.id, amountMinor: allocated[k]! }] : []));
}

async function remainingOf(store: TenantStore, payment: Payment) {
  const guard = await store.documents.get<PaymentMatch>(WF_DOC.paymentMatch, payment.id);
  const remaining = guard ? guard.body.originalUnappliedMinor - guard.body.appliedMinor : payment.unappliedMinor;
  return { guard, remaining };
}

export async function listUnappliedPayments(
  store: TenantStore,
  principal: Principal,
): Promise<Result<UnappliedView[]>> {
  if (!seesWholeFirm(principal) && !hasRole(principal, "specialist"))
    return fail("FORBIDDEN", "collectors and managers match payments");
  const sees = await visibility(store, principal);
  const out: UnappliedView[] = [];
  for (const payment of await store.listPayments()) {
    if (payment.unappliedMinor <= 0 || (payment.clientId && !sees(payment.clientId))) continue;
    const { remaining } = await remainingOf(store, payment);
    if (remaining <= 0) continue;
    const { invoices, matchedBy } = await candidates(store, payment, sees);
    out.push({ payment, remainingMinor: remaining, matchedBy, suggestion: suggestApplications(invoices, remaining) });
  }
  return ok(
    out.sort((a, b) =>
      a.payment.receivedDate !== b.payment.receivedDate
        ? a.payment.receivedDate < b.payment.receivedDate
          ? -1
          : 1
        : a.payment.id < b.payment.id
          ? -1
          : 1,
    ),
  );
}

export async function applyUnappliedPayment(
  store: TenantStore,
  principal: Principal,
  paymentId: string,
  input: { applications?: unknown },
  deps: ActionDeps,
): Promise<Result<{ payment: Payment; applied: PaymentApplication[] }>> {
  if (!seesWholeFirm(principal) && !hasRole(principal, "specialist"))
    return fail("FORBIDDEN", "collectors and managers match payments");
  const sees = await visibility(store, principal);
  const payment = (await store.listPayments()).find((p) => p.id === paymentId);
  if (!payment || (payment.clientId && !sees(payment.clientId))) return fail("NOT_FOUND", `no payment ${paymentId}`);
  const { guard, remaining } = await remainingOf(store, payment);
  if (remaining <= 0) return fail("CONFLICT", "this payment is already fully applied");
  const { invoices } = await candidates(store, payment, sees);
  const wanted =
    input.applications === undefined
      ? ok(suggestApplications(invoices, remaining))
      : await parseApplications(store, payment, input.applications, remaining, sees);
  if (!wanted.ok) return wanted;
  if (wanted.value.length === 0)
    return fail("VALIDATION", "no open invoice to apply this payment to; give applications");
  const total = sumMinor(wanted.value.map((a) => a.amountMinor));
  const match: PaymentMatch = {
    paymentId,
    originalUnappliedMinor: guard?.body.originalUnappliedMinor ?? payment.unappliedMinor,
    appliedMinor: (guard?.body.appliedMinor ?? 0) + total,
    applications: [...(guard?.body.applications ?? []), ...wanted.value],
  };
  const actor = { actorId: principal.userId, ...(payment.clientId ? { clientId: payment.clientId } : {}) };
  const claimed = guard
    ? await store.documents.replace(WF_DOC.paymentMatch, paymentId, match, { ...actor, ifMatch: guard.etag })
    : await store.documents.create(WF_DOC.paymentMatch, paymentId, match, actor);
  if (!claimed.ok)
    return fail("PRECONDITION_FAILED", "someone else applied this payment at the same time; reload and try again");
  const targets = await Promise.all(wanted.value.map((a) => store.getInvoice(a.invoiceId)));
  const updatedInvoices = targets.flatMap((inv, k) => {
    if (!inv) return [];
    const { stamp: _s, ...rest } = inv;
    const balanceMinor = Math.max(0, inv.balanceMinor - wanted.value[k]!.amountMinor);
    return [
      {
        ...rest,
        balanceMinor,
        ...(balanceMinor === 0 ? { status: "paid" as const, paidDate: payment.receivedDate } : {}),
      },
    ];
  });
  const clientId = payment.clientId ?? updatedInvoices[0]?.clientId;
  const { stamp: _p, ...paymentRest } = payment;
  const updated: Payment = {
    ...paymentRest,
    ...(clientId ? { clientId } : {}),
    applications: [...payment.applications, ...wanted.value],
    unappliedMinor: match.originalUnappliedMinor - match.appliedMinor,
  };
  await store.applyLedgerBatch({ payments: [updated], invoices: updatedInvoices }, principal.userId);
  if (clientId)
    await audit(store, principal, deps, {
      clientId,
      kind: "payment",
      summary: `Unapplied payment of ${formatMoney(total, payment.currency)} matched to ${wanted.value.length} invoice(s)`,
      invoiceIds: wanted.value.map((a) => a.invoiceId),
      data: { paymentId, applications: wanted.value },
    });
  return ok({ payment: updated, applied: wanted.value });
}
