/**
 * A client's promise to pay: amount and date, usually quoted from their email or a call. An open
 * promise pauses reminders until its date; the workflow engine later marks it kept or broken from
 * the payments that arrive.
 */
import { loadVisibleClient } from "../access/access";
import { ok, type Result } from "../errors/codes";
import { formatMoney } from "../money/money";
import type { Principal } from "../ports/principal";
import type { TenantStore } from "../ports/store.port";
import { audit } from "./audit";
import { type ActionDeps, DOC, type PromiseToPay } from "./documents";
import { requireAmount, requireClientInvoices, requireDate } from "./validate";

export interface RecordPromiseInput {
  amountMinor: unknown;
  date: unknown;
  invoiceIds?: unknown;
  sourceInteractionId?: string;
  note?: string;
}

export async function recordPromise(
  store: TenantStore,
  principal: Principal,
  clientId: string,
  input: RecordPromiseInput,
  deps: ActionDeps,
): Promise<Result<PromiseToPay>> {
  const client = await loadVisibleClient(store, principal, clientId);
  if (!client.ok) return client;
  const amount = requireAmount(input.amountMinor, "amountMinor");
  if (!amount.ok) return amount;
  const date = requireDate(input.date, "date");
  if (!date.ok) return date;
  const invoiceIds = await requireClientInvoices(store, client.value, input.invoiceIds);
  if (!invoiceIds.ok) return invoiceIds;
  const tenant = await store.getTenant();
  const currency = tenant?.defaultCurrency ?? "USD";
  const record = await audit(store, principal, deps, {
    clientId,
    kind: "promise",
    summary: `Promise to pay ${formatMoney(amount.value, currency)} by ${date.value}`,
    invoiceIds: invoiceIds.value,
    data: { amountMinor: amount.value, date: date.value },
  });
  const promise: PromiseToPay = {
    id: deps.newId(),
    clientId,
    invoiceIds: invoiceIds.value,
    amountMinor: amount.value,
    currency,
    promisedDate: date.value,
    status: "open",
    sourceInteractionId: input.sourceInteractionId ?? record.id,
    recordedBy: principal.userId,
    recordedAt: deps.now,
    ...(input.note ? { note: input.note.slice(0, 2000) } : {}),
  };
  const created = await store.documents.create(DOC.promise, promise.id, promise, {
    actorId: principal.userId,
    clientId,
  });
  return created.ok ? ok(created.value.body) : created;
}
