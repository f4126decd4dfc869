/**
 * Ask the billing partner to act. The request carries its evidence (aging, promises, disputes,
 * touches, the collector's note) frozen at request time, so the partner decides on what the
 * specialist saw. One pending escalation per client: asking again returns the pending one.
 */
import { loadVisibleClient } from "../access/access";
import type { Interaction } from "../domain/types";
import { fail, ok, type Result } from "../errors/codes";
import type { Principal } from "../ports/principal";
import type { TenantStore } from "../ports/store.port";
import { getClientSummary } from "../usecases/client-summary";
import { audit } from "./audit";
import {
  type ActionDeps,
  DOC,
  type Dispute,
  ESCALATION_OPTIONS,
  type Escalation,
  type EscalationEvidence,
  type EscalationOption,
  type PromiseToPay,
} from "./documents";
import { requireText } from "./validate";

export interface RequestEscalationInput {
  clientId: unknown;
  reason: unknown;
  requestedOption?: unknown;
  source?: Escalation["source"];
}

const TOUCH_KINDS = new Set<Interaction["kind"]>(["email-sent", "email-drafted", "call", "letter", "sms"]);

export async function requestEscalation(
  store: TenantStore,
  principal: Principal,
  input: RequestEscalationInput,
  deps: ActionDeps,
): Promise<Result<{ escalation: Escalation; created: boolean }>> {
  if (typeof input.clientId !== "string" || !input.clientId) return fail("VALIDATION", "clientId is required");
  const client = await loadVisibleClient(store, principal, input.clientId);
  if (!client.ok) return client;
  const reason = requireText(input.reason, "reason");
  if (!reason.ok) return reason;
  if (input.requestedOption !== undefined && !ESCALATION_OPTIONS.includes(input.requestedOption as EscalationOption)) {
    return fail("VALIDATION", `requestedOption must be one of ${ESCALATION_OPTIONS.join(", ")}`);
  }
  if (!client.value.billingPartnerId) return fail("VALIDATION", "this client has no billing partner to escalate to");
  const existing = (await store.documents.list<Escalation>(DOC.escalation, { clientId: client.value.id })).find(
    (d) => d.body.status === "pending",
  );
  if (existing) return ok({ escalation: existing.body, created: false });

  const summary = await getClientSummary(store, principal, client.value.id, deps.asOf, 50);
  if (!summary.ok) return summary;
  const [promises, disputes, history] = await Promise.all([
    store.documents.list<PromiseToPay>(DOC.promise, { clientId: client.value.id }),
    store.documents.list<Dispute>(DOC.dispute, { clientId: client.value.id }),
    store.listInteractions({ clientId: client.value.id }),
  ]);
  const evidence: EscalationEvidence = {
    totalOutstandingMinor: summary.value.totalOutstandingMinor,
    currency: summary.value.currency,
    aging: summary.value.aging?.buckets ?? {},
    openInvoiceCount: summary.value.openInvoices.length,
    oldestDaysPastDue: Math.max(0, ...summary.value.openInvoices.map((i) => i.daysPastDue)),
    openPromises: promises.filter((p) => p.body.status === "open").length,
    // A promise the engine resolved is both a document and an audit record: count it once.
    brokenPromises:
      promises.filter((p) => p.body.status === "broken").length +
      history.filter(
        (h) =>
          h.kind === "promise" && h.data?.outcome === "broken" && !promises.some((p) => p.id === h.data?.promiseId),
      ).length,
    openDisputes: disputes.filter((d) => d.body.status === "open").length,
    touches: history.filter((h) => TOUCH_KINDS.has(h.kind)).length,
    collectorNote: reason.value,
  };
  const escalation: Escalation = {
    id: deps.newId(),
    clientId: client.value.id,
    reason: reason.value,
    status: "pending",
    requestedBy: principal.userId,
    requestedAt: deps.now,
    routedTo: client.value.billingPartnerId,
    source: input.source ?? "specialist",
    evidence,
    ...(input.requestedOption ? { requestedOption: input.requestedOption as EscalationOption } : {}),
  };
  const created = await store.documents.create(DOC.escalation, escalation.id, escalation, {
    actorId: principal.userId,
    clientId: client.value.id,
  });
  if (!created.ok) return created;
  await audit(store, principal, deps, {
    clientId: client.value.id,
    kind: "escalation",
    summary: `Escalation requested to the billing partner: ${reason.value}`,
    data: {
      escalationId: escalation.id,
      ...(escalation.requestedOption ? { requestedOption: escalation.requestedOption } : {}),
    },
  });
  return ok({ escalation, created: true });
}
