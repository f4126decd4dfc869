/** The firm's configuration history as the admin page shows it: `config-change` records, newest first. */
import type { Interaction, User } from "../domain/types";
import { fail, ok, type Result } from "../errors/codes";
import { hasRole, type Principal } from "../ports/principal";
import type { TenantStore } from "../ports/store.port";
import { FIRM_CLIENT_ID } from "../workflow/config/config-store";

export interface ConfigChange {
  id: string;
  at: string;
  actorId: string;
  actorName: string;
  summary: string;
  section: string | null;
  data: Record<string, unknown>;
  hash: string | null;
}

export function toConfigChanges(records: Interaction[], users: User[], limit: number): ConfigChange[] {
  const names = new Map(users.map((u) => [u.id, u.displayName]));
  // Newest first; records of the same instant keep their append order, reversed.
  return records
    .map((r, k) => ({ r, k }))
    .filter(({ r }) => r.kind === "config-change")
    .sort((a, b) => (a.r.at < b.r.at ? 1 : a.r.at > b.r.at ? -1 : b.k - a.k))
    .slice(0, limit)
    .map(({ r }) => {
      const data = r.data ?? {};
      const sections = Array.isArray(data.sections) ? (data.sections as string[]).join(", ") : null;
      return {
        id: r.id,
        at: r.at,
        actorId: r.actorId,
        actorName: names.get(r.actorId) ?? r.actorId,
        summary: r.summary,
        section: typeof data.section === "string" ? data.section : sections ? `workflow: ${sections}` : null,
        data,
        hash: r.hash ?? null,
      };
    });
}

export async function listConfigChanges(
  store: TenantStore,
  principal: Principal,
  limit = 50,
): Promise<Result<ConfigChange[]>> {
  if (!hasRole(principal, "manager", "admin"))
    return fail("FORBIDDEN", "the configuration history is for managers and administrators");
  const [records, users] = await Promise.all([
    store.listInteractions({ clientId: FIRM_CLIENT_ID, kinds: ["config-change"] }),
    store.listUsers(),
  ]);
  return ok(toConfigChanges(records, users, limit));
}
