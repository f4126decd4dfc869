/**
 * A collector (or partner) asks to write off part of what a client owes, with a reason. The request
 * is routed by the delegated-authority matrix: the billing partner within their limit, else a
 * manager, else the committee; never to the requester (a partner's own request goes up a level). Amounts cannot exceed what the chosen invoices still owe.
 */
import { loadVisibleClient } from "../../access/access";
import { audit } from "../../actions/audit";
import type { ActionDeps } from "../../actions/documents";
import { requireAmount, requireClientInvoices, requireText } from "../../actions/validate";
import { fail, ok, type Result } from "../../errors/codes";
import { formatMoney, sumMinor } from "../../money/money";
import type { Principal } from "../../ports/principal";
import type { TenantStore } from "../../ports/store.port";
import { routeApproval } from "../authority/authority";
import { loadWorkflowConfig } from "../config/config-store";
import { WF_DOC } from "../documents";
import type { WriteOffRequest } from "./write-off-types";

export interface RequestWriteOffInput {
  clientId: unknown;
  amountMinor: unknown;
  reason: unknown;
  invoiceIds?: unknown;
  escalationId?: string;
}

export async function requestWriteOff(
  store: TenantStore,
  principal: Principal,
  input: RequestWriteOffInput,
  deps: ActionDeps,
): Promise<Result<WriteOffRequest>> {
  if (typeof input.clientId !== "string" || !input.clientId) return fail("VALIDATION", "clientId is required");
  const client = await loadVisibleClient(store, principal, input.clientId);
  if (!client.ok) return client;
  const amount = requireAmount(input.amountMinor, "amountMinor");
  if (!amount.ok) return amount;
  const reason = requireText(input.reason, "reason", 500);
  if (!reason.ok) return reason;
  const listed = await requireClientInvoices(store, client.value, input.invoiceIds);
  if (!listed.ok) return listed;
  const open = (await store.listInvoices({ clientId: client.value.id, openOnly: true })).filter(
    (i) => i.balanceMinor > 0 && (listed.value.length === 0 || listed.value.includes(i.id)),
  );
  const owed = sumMinor(open.map((i) => i.balanceMinor));
  const currency = open[0]?.currency ?? (await store.getTenant())?.defaultCurrency ?? "USD";
  if (amount.value > owed)
    return fail("VALIDATION", `amountMinor is more than the ${formatMoney(owed, currency)} these invoices still owe`);
  const { config } = await loadWorkflowConfig(store);
  const route = routeApproval(
    amount.value,
    "write-off",
    client.value,
    await store.listUsers(),
    config.authority,
    principal.userId,
  );
  const request: WriteOffRequest = {
    id: deps.newId(),
    clientId: client.value.id,
    invoiceIds: open.map((i) => i.id),
    amountMinor: amount.value,
    currency,
    reason: reason.value,
    status: "pending",
    requestedBy: principal.userId,
    requestedAt: deps.now,
    routedTo: route.routedTo,
    approvalLevel: route.level,
    ...(input.escalationId ? { escalationId: input.escalationId } : {}),
  };
  const created = await store.documents.create(WF_DOC.writeOff, request.id, request, {
    actorId: principal.userId,
    clientId: request.clientId,
  });
  if (!created.ok) return created;
  await audit(store, principal, deps, {
    clientId: request.clientId,
    kind: "note",
    summary: `Write-off of ${formatMoney(request.amountMinor, currency)} requested (${request.reason}); routed to ${route.level} ${route.routedTo}`,
    invoiceIds: request.invoiceIds,
    data: { writeOffId: request.id, amountMinor: request.amountMinor, routedTo: route.routedTo, level: route.level },
  });
  return ok(request);
}
