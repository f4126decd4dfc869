/**
 * A collector proposes a payment plan; it waits for approval by whoever the authority matrix names
 * for its total (billing partner, manager, committee), never the proposer themselves. Reminders keep
 * running until it is approved.
 */
import { loadVisibleClient } from "../../access/access";
import { audit } from "../../actions/audit";
import type { ActionDeps } from "../../actions/documents";
import { optionalText } from "../../actions/validate";
import { fail, ok, type Result } from "../../errors/codes";
import { formatMoney } from "../../money/money";
import type { Principal } from "../../ports/principal";
import type { TenantStore } from "../../ports/store.port";
import { routeApproval } from "../authority/authority";
import { loadWorkflowConfig } from "../config/config-store";
import { WF_DOC } from "../documents";
import { planTerms } from "./plan-terms";
import type { PaymentPlan } from "./plan-types";

export async function proposePlan(
  store: TenantStore,
  principal: Principal,
  input: Record<string, unknown>,
  deps: ActionDeps,
): Promise<Result<PaymentPlan>> {
  if (typeof input.clientId !== "string" || !input.clientId) return fail("VALIDATION", "clientId is required");
  const client = await loadVisibleClient(store, principal, input.clientId);
  if (!client.ok) return client;
  const { config } = await loadWorkflowConfig(store);
  const terms = await planTerms(store, client.value, input, config, deps);
  if (!terms.ok) return terms;
  const route = routeApproval(
    terms.value.totalMinor,
    "payment-plan",
    client.value,
    await store.listUsers(),
    config.authority,
    principal.userId,
  );
  const note = optionalText(input.note, 1000);
  const plan: PaymentPlan = {
    id: deps.newId(),
    clientId: client.value.id,
    invoiceIds: terms.value.invoiceIds,
    currency: terms.value.currency,
    totalMinor: terms.value.totalMinor,
    installments: terms.value.installments,
    status: "proposed",
    countFrom: deps.asOf,
    proposedBy: principal.userId,
    proposedAt: deps.now,
    routedTo: route.routedTo,
    approvalLevel: route.level,
    ...(note ? { note } : {}),
  };
  const created = await store.documents.create(WF_DOC.plan, plan.id, plan, {
    actorId: principal.userId,
    clientId: plan.clientId,
  });
  if (!created.ok) return created;
  await audit(store, principal, deps, {
    clientId: plan.clientId,
    kind: "plan",
    summary: `Payment plan proposed: ${plan.installments.length} installments, ${formatMoney(plan.totalMinor, plan.currency)} from ${terms.value.startDate}; routed to ${route.level} ${route.routedTo}`,
    invoiceIds: plan.invoiceIds,
    data: { planId: plan.id, outcome: "proposed", routedTo: route.routedTo, installments: plan.installments },
  });
  return ok(plan);
}
