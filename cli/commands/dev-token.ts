import { parseArgs } from "node:util";
import { DEV_ROLES, devTokenFor, isDevRole } from "../../adapters/auth/dev-user-token";
import { type Command, UsageError } from "../command";

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
    if (values.role && !isDevRole(values.role)) throw new UsageError(`--role must be one of ${DEV_ROLES.join(", ")}`);
    const who = values.user ? { email: values.user } : { role: values.role! };
    const result = await devTokenFor(await ctx.store(), ctx.config.dataDir, ctx.config.tenantId, who);
    if (!result.ok) throw new UsageError(result.message);
    const { token, user } = result;
    if (values.json) ctx.io.out(JSON.stringify({ token, user: { id: user.id, email: user.email, roles: user.roles } }));
    else ctx.io.out(token);
    return 0;
  },
};
