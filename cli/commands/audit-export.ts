import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { exportClientAudit } from "../../core/workflow/audit/export-audit";
import { type Command, UsageError } from "../command";
import { cliPrincipal } from "../principal";

/** One client's audit trail as CSV (with each record's hash links), to stdout or a file. */
export const auditExportCommand: Command = {
  name: "audit export",
  summary: "Export one client's audit trail as CSV, with the hash chain for outside verification.",
  usage: "audit export --client ID [--format csv] [--out FILE]",
  async run(args, ctx) {
    const { values } = parseArgs({
      args,
      options: { client: { type: "string" }, format: { type: "string", default: "csv" }, out: { type: "string" } },
    });
    if (!values.client) throw new UsageError("--client ID is required");
    if (values.format !== "csv") throw new UsageError("--format csv is the only export format");
    const store = (await ctx.store()).forTenant(ctx.config.tenantId);
    const exported = await exportClientAudit(store, cliPrincipal(ctx.config.tenantId), values.client);
    if (!exported.ok) throw new UsageError(exported.message);
    if (values.out) {
      writeFileSync(values.out, exported.value.csv);
      ctx.io.err(
        `Wrote ${exported.value.records} records to ${values.out} (chain ${exported.value.verified ? "verified" : "BROKEN"}).`,
      );
    } else ctx.io.out(exported.value.csv.trimEnd());
    return exported.value.verified ? 0 : 1;
  },
};
