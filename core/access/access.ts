/**
 * Who may see which client. Specialists work their own portfolio (clients they collect), partners
 * their own clients (billing partner); managers and admins see the whole firm. Use cases ask these
 * questions before reading a client's data, so every host enforces the same rule.
 */
import type { Client } from "../domain/types";
import type { ClientFilter, TenantStore } from "../ports/store.port";
import { hasRole, type Principal } from "../ports/principal";
import { fail, ok, type Result } from "../errors/codes";

export function seesWholeFirm(principal: Principal): boolean {
  return hasRole(principal, "manager", "admin");
}

export function canSeeClient(principal: Principal, client: Pick<Client, "collectorId" | "billingPartnerId">): boolean {
  if (seesWholeFirm(principal)) return true;
  if (hasRole(principal, "specialist") && client.collectorId === principal.userId) return true;
  if (hasRole(principal, "partner") && client.billingPartnerId === principal.userId) return true;
  return false;
}

/** Loads a client the principal may see; an invisible client is reported as not found, not forbidden. */
export async function loadVisibleClient(
  store: TenantStore,
  principal: Principal,
  clientId: string,
): Promise<Result<Client>> {
  const client = await store.getClient(clientId);
  if (!client || !canSeeClient(principal, client)) return fail("NOT_FOUND", `no client ${clientId}`);
  return ok(client);
}

/** The clients the principal may see, filtered in the query where the role allows it. */
export async function listVisibleClients(store: TenantStore, principal: Principal): Promise<Client[]> {
  if (seesWholeFirm(principal)) return store.listClients();
  const filters: ClientFilter[] = [];
  if (hasRole(principal, "specialist")) filters.push({ collectorId: principal.userId });
  if (hasRole(principal, "partner")) filters.push({ billingPartnerId: principal.userId });
  const seen = new Map<string, Client>();
  for (const f of filters) for (const c of await store.listClients(f)) seen.set(c.id, c);
  return [...seen.values()];
}
