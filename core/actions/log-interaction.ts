/** A call or a note logged by a person. Empty or one-word notes are allowed but flagged by the manager's quality view. */
import { loadVisibleClient } from "../access/access";
import type { Interaction } from "../domain/types";
import { fail, ok, type Result } from "../errors/codes";
import type { Principal } from "../ports/principal";
import type { TenantStore } from "../ports/store.port";
import { audit } from "./audit";
import type { ActionDeps } from "./documents";
import { requireClientInvoices, requireText } from "./validate";

export async function logInteraction(
  store: TenantStore,
  principal: Principal,
  clientId: string,
  input: { kind: unknown; summary: unknown; invoiceIds?: unknown },
  deps: ActionDeps,
): Promise<Result<Interaction>> {
  const client = await loadVisibleClient(store, principal, clientId);
  if (!client.ok) return client;
  if (input.kind !== "note" && input.kind !== "call") return fail("VALIDATION", "kind must be note or call");
  const summary = requireText(input.summary, "summary");
  if (!summary.ok) return summary;
  const invoiceIds = await requireClientInvoices(store, client.value, input.invoiceIds);
  if (!invoiceIds.ok) return invoiceIds;
  return ok(
    await audit(store, principal, deps, {
      clientId,
      kind: input.kind,
      summary: summary.value,
      invoiceIds: invoiceIds.value,
    }),
  );
}
