/** Every action leaves one audit record: who, when, what, and the evidence. */
import type { Interaction, InteractionKind } from "../domain/types";
import type { Principal } from "../ports/principal";
import type { TenantStore } from "../ports/store.port";
import type { ActionDeps } from "./documents";

export async function audit(
  store: TenantStore,
  principal: Principal,
  deps: ActionDeps,
  entry: {
    clientId: string;
    kind: InteractionKind;
    summary: string;
    invoiceIds?: string[];
    data?: Record<string, unknown>;
  },
): Promise<Interaction> {
  const [record] = await store.appendInteractions([
    {
      id: deps.newId(),
      clientId: entry.clientId,
      kind: entry.kind,
      at: deps.now,
      actorId: principal.userId,
      summary: entry.summary,
      ...(entry.invoiceIds?.length ? { invoiceIds: entry.invoiceIds } : {}),
      ...(entry.data ? { data: entry.data } : {}),
    },
  ]);
  return record!;
}
