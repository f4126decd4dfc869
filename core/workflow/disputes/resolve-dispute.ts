/**
 * Closing a dispute: the billing partner it was routed to, a manager, or whoever raised it records
 * the resolution; dunning on the disputed invoices resumes by policy on the next run (the dispute
 * still counts in the dispute statistics). Compare-and-set: a dispute is resolved once.
 */
import { audit } from "../../actions/audit";
import { type ActionDeps, DOC, type Dispute } from "../../actions/documents";
import { requireText } from "../../actions/validate";
import { fail, ok, type Result } from "../../errors/codes";
import { hasRole, type Principal } from "../../ports/principal";
import type { TenantStore } from "../../ports/store.port";

export async function resolveDispute(
  store: TenantStore,
  principal: Principal,
  disputeId: string,
  input: { resolution: unknown },
  deps: ActionDeps,
): Promise<Result<Dispute>> {
  const resolution = requireText(input.resolution, "resolution", 1000);
  if (!resolution.ok) return resolution;
  const doc = await store.documents.get<Dispute>(DOC.dispute, disputeId);
  if (!doc) return fail("NOT_FOUND", `no dispute ${disputeId}`);
  const d = doc.body;
  if (principal.userId !== d.routedTo && principal.userId !== d.raisedBy && !hasRole(principal, "manager"))
    return fail("FORBIDDEN", "the billing partner, the person who raised it or a manager may resolve a dispute");
  if (d.status === "resolved") return fail("ALREADY_DECIDED", `resolved at ${d.resolvedAt}: ${d.resolution ?? ""}`);
  const body: Dispute = { ...d, status: "resolved", resolvedAt: deps.now, resolution: resolution.value };
  const saved = await store.documents.replace(DOC.dispute, disputeId, body, {
    actorId: principal.userId,
    clientId: d.clientId,
    ifMatch: doc.etag,
  });
  if (!saved.ok) return fail("ALREADY_DECIDED", "someone else resolved it first");
  await audit(store, principal, deps, {
    clientId: d.clientId,
    kind: "dispute",
    summary: `Dispute (${d.reasonCode}) resolved: ${resolution.value}`,
    invoiceIds: d.invoiceIds,
    data: { disputeId, outcome: "resolved" },
  });
  return ok(body);
}
