/**
 * Development tokens for a demo user, shared by `nudge dev-token` and the local web server's
 * `/dev/token` route (the task pane preview signs in through it). Picks the user by email, or by
 * role: the user of that role who owns the most accounts (as collector or billing partner), ties
 * broken by id so the choice is stable. Signs with the development issuer kept in the data dir.
 */
import type { Role, User } from "../../core/domain/types";
import type { Store } from "../../core/ports/store.port";
import { signDevToken } from "./dev-issuer";

export const DEV_ROLES: Role[] = ["specialist", "partner", "manager", "admin"];

export type DevTokenFailure = "NO_USERS" | "NO_SUCH_USER" | "BAD_ROLE";

export type DevTokenResult =
  | { ok: true; token: string; user: Pick<User, "id" | "email" | "roles" | "displayName"> }
  | { ok: false; reason: DevTokenFailure; message: string };

export function isDevRole(value: string): value is Role {
  return (DEV_ROLES as string[]).includes(value);
}

function pickByRole(users: User[], role: Role, owned: (u: User) => number): User | undefined {
  return users.filter((u) => u.roles.includes(role)).sort((a, b) => owned(b) - owned(a) || (a.id < b.id ? -1 : 1))[0];
}

export async function devTokenFor(
  store: Store,
  dataDir: string,
  tenantId: string,
  who: { role: string } | { email: string },
): Promise<DevTokenResult> {
  if ("role" in who && !isDevRole(who.role))
    return { ok: false, reason: "BAD_ROLE", message: `role must be one of ${DEV_ROLES.join(", ")}` };
  const tenant = store.forTenant(tenantId);
  const users = await tenant.listUsers();
  if (users.length === 0)
    return {
      ok: false,
      reason: "NO_USERS",
      message: `tenant ${tenantId} has no users yet: run \`nudge seed --demo\` or \`npm start\` first`,
    };
  let user: User | undefined;
  if ("email" in who) user = await tenant.findUserByEmail(who.email);
  else {
    const clients = await tenant.listClients();
    const owned = (u: User) => clients.filter((c) => c.collectorId === u.id || c.billingPartnerId === u.id).length;
    user = pickByRole(users, who.role as Role, owned);
  }
  if (!user)
    return {
      ok: false,
      reason: "NO_SUCH_USER",
      message: "email" in who ? `no user ${who.email}` : `no user with role ${who.role}`,
    };
  const token = await signDevToken(dataDir, {
    email: user.email,
    name: user.displayName,
    oid: user.id,
    roles: user.roles,
    tenantId,
  });
  return {
    ok: true,
    token,
    user: { id: user.id, email: user.email, roles: user.roles, displayName: user.displayName },
  };
}
