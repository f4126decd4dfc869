/**
 * Who is speaking, in Nudge's terms. The Teams tenant maps to the Nudge firm with the same id
 * (production firms are keyed by their Entra tenant id; the local demo firm by "demo-firm"); an
 * unknown tenant is nobody's firm and only gets `help`. The Teams user maps to a Nudge user by
 * Entra object id, then by the user record's id (local dev tokens use it as the object id), then
 * by email when the channel can tell us it.
 */
import type { Tenant, User } from "../../core/domain/types";
import type { Principal } from "../../core/ports/principal";
import type { Store, TenantStore } from "../../core/ports/store.port";

export interface TeamsActivityIds {
  channelData?: { tenant?: { id?: string } } | unknown;
  conversation?: { tenantId?: string };
  from?: { id?: string; aadObjectId?: string; name?: string };
}

export interface FirmContext {
  tenant: Tenant;
  tenantStore: TenantStore;
}

export function teamsTenantId(activity: TeamsActivityIds): string | undefined {
  const data = activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const id = typeof data?.tenant?.id === "string" ? data.tenant.id : activity.conversation?.tenantId;
  return id || undefined;
}

export async function resolveFirm(store: Store, activity: TeamsActivityIds): Promise<FirmContext | undefined> {
  const id = teamsTenantId(activity);
  if (!id) return undefined;
  const tenantStore = store.forTenant(id);
  const tenant = await tenantStore.getTenant();
  return tenant ? { tenant, tenantStore } : undefined;
}

export async function resolveUser(
  tenantStore: TenantStore,
  activity: TeamsActivityIds,
  lookupEmail?: () => Promise<string | undefined>,
): Promise<User | undefined> {
  const oid = activity.from?.aadObjectId;
  if (oid) {
    const users = await tenantStore.listUsers();
    const found = users.find((u) => u.aadObjectId === oid) ?? users.find((u) => u.id === oid);
    if (found) return found;
  }
  const email = await lookupEmail?.().catch(() => undefined);
  return email ? tenantStore.findUserByEmail(email) : undefined;
}

export function principalOf(user: User): Principal {
  return { tenantId: user.tenantId, userId: user.id, email: user.email, name: user.displayName, roles: user.roles };
}
