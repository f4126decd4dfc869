import { parseArgs } from "node:util";
import { verifyAudit } from "../../core/workflow/audit/verify-audit";
import { type Command, printJson } from "../command";

/** Proves every client's audit chain (or one client's); exit code 1 when a record was tampered with. */
export const auditVerifyCommand: Command = {
  name: "audit verify",
  summary: "Verify the tamper-evident audit trail (hash chain per client); exit 1 if broken.",
  usage: "audit verify [--client ID] [--json]",
  async run(args, ctx) {
    const { values } = parseArgs({ args, options: { client: { type: "string" }, json: { type: "boolean" } } });
    const store = (await ctx.store()).forTenant(ctx.config.tenantId);
    const verdict = await verifyAudit(store, values.client ? { clientId: values.client } : {});
    if (values.json) printJson(ctx.io, verdict);
    else if (verdict.ok)
      ctx.io.out(`Audit trail intact: ${verdict.records} records in ${verdict.clients} client chain(s) verified.`);
    else {
      ctx.io.out(`Audit trail BROKEN in ${verdict.broken.length} of ${verdict.clients} client chain(s):`);
      for (const b of verdict.broken)
        ctx.io.out(`  ${b.clientId}: record ${b.brokenAt} (${b.reason}) after ${b.checked} good record(s)`);
    }
    return verdict.ok ? 0 : 1;
  },
};
