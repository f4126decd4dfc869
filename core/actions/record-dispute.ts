/**
 * A dispute stops dunning on the disputed invoices (they stay in statistics) and is routed to the
 * client's billing partner, who owns the relationship.
 */
import { loadVisibleClient } from "../access/access";
import { fail, ok, type Result } from "../errors/codes";
import type { Principal } from "../ports/principal";
import type { TenantStore } from "../ports/store.port";
import { audit } from "./audit";
import { type ActionDeps, DISPUTE_REASONS, type Dispute, type DisputeReason, DOC } from "./documents";
import { requireClientInvoices } from "./validate";

export interface RecordDisputeInput {
  reasonCode: unknown;
  invoiceIds?: unknown;
  note?: string;
}

export async function recordDispute(
  store: TenantStore,
  principal: Principal,
  clientId: string,
  input: RecordDisputeInput,
  deps: ActionDeps,
): Promise<Result<Dispute>> {
  const client = await loadVisibleClient(store, principal, clientId);
  if (!client.ok) return client;
  if (!DISPUTE_REASONS.includes(input.reasonCode as DisputeReason)) {
    return fail("VALIDATION", `reasonCode must be one of ${DISPUTE_REASONS.join(", ")}`);
  }
  const invoiceIds = await requireClientInvoices(store, client.value, input.invoiceIds);
  if (!invoiceIds.ok) return invoiceIds;
  const reasonCode = input.reasonCode as DisputeReason;
  await audit(store, principal, deps, {
    clientId,
    kind: "dispute",
    summary: `Dispute raised (${reasonCode})${invoiceIds.value.length ? ` on ${invoiceIds.value.length} invoice(s)` : ""}`,
    invoiceIds: invoiceIds.value,
    data: { reasonCode, ...(input.note ? { note: input.note.slice(0, 2000) } : {}) },
  });
  const dispute: Dispute = {
    id: deps.newId(),
    clientId,
    invoiceIds: invoiceIds.value,
    reasonCode,
    status: "open",
    raisedBy: principal.userId,
    raisedAt: deps.now,
    ...(client.value.billingPartnerId ? { routedTo: client.value.billingPartnerId } : {}),
    ...(input.note ? { note: input.note.slice(0, 2000) } : {}),
  };
  const created = await store.documents.create(DOC.dispute, dispute.id, dispute, {
    actorId: principal.userId,
    clientId,
  });
  return created.ok ? ok(created.value.body) : created;
}
