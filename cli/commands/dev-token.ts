import { parseArgs } from "node:util";
import { signDevToken } from "../../adapters/auth/dev-issuer";
import type { Role, User } from "../../core/domain/types";
import { type Command, UsageError } from "../command";

const ROLES: Role[] = ["specialist", "partner", "manager", "admin"];

/** With `--role`, the user of that role who owns the most accounts (as collector or billing partner). */
async function pickUser(users: User[], role: Role, owned: (u: User) => number): Promise<User | undefined> {
  return users.filter((u) => u.roles.includes(role)).sort((a, b) => owned(b) - owned(a) || (a.id < b.id ? -1 : 1))[0];
}

export const devTokenCommand: Command = {
  name: "dev-token",
  summary: "Print a development-issuer access token for a demo user (local stack only).",
  usage: "dev-token (--user EMAIL | --role specialist|partner|manager|admin) [--json]",
  async run(args, ctx) {
    const { values } = parseArgs({
      args,
      options: { user: { type: "string" }, role: { type: "string" }, json: { type: "boolean" } },
    });
    if (!values.user && !values.role) throw new UsageError("give --user EMAIL or --role ROLE");
    if (values.role && !ROLES.includes(values.role as Role))
      throw new UsageError(`--role must be one of ${ROLES.join(", ")}`);
    const store = (await ctx.store()).forTenant(ctx.config.tenantId);
    const users = await store.listUsers();
    if (users.length === 0)
      throw new UsageError(
        `tenant ${ctx.config.tenantId} has no users yet: run \`nudge seed --demo\` or \`npm start\` first`,
      );
    let user: User | undefined;
    if (values.user) user = await store.findUserByEmail(values.user);
    else {
      const clients = await store.listClients();
      const owned = (u: User) => clients.filter((c) => c.collectorId === u.id || c.billingPartnerId === u.id).length;
      user = await pickUser(users, values.role as Role, owned);
    }
    if (!user) throw new UsageError(values.user ? `no user ${values.user}` : `no user with role ${values.role}`);
    const token = await signDevToken(ctx.config.dataDir, {
      email: user.email,
      name: user.displayName,
      oid: user.id,
      roles: user.roles,
      tenantId: ctx.config.tenantId,
    });
    if (values.json) ctx.io.out(JSON.stringify({ token, user: { id: user.id, email: user.email, roles: user.roles } }));
    else ctx.io.out(token);
    return 0;
  },
};
