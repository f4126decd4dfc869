import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { renderAuditReportPdf } from "../../adapters/letters/audit-report-pdf";
import { clientAuditTrail, exportClientAudit } from "../../core/workflow/audit/export-audit";
import { type Command, UsageError } from "../command";
import { cliPrincipal } from "../principal";

/**
 * One client's audit trail: as CSV (with each record's hash links), to stdout or a file, or as a
 * readable PDF report (who, when, what, evidence, and the chain's verification result) to a file.
 * Exit code 1 when the chain is broken, as `audit verify`.
 */
export const auditExportCommand: Command = {
  name: "audit export",
  summary: "Export one client's audit trail as CSV (hash chain for outside verification) or a PDF report.",
  usage: "audit export --client ID [--format csv|pdf] [--out FILE] (pdf needs --out)",
  async run(args, ctx) {
    const { values } = parseArgs({
      args,
      options: { client: { type: "string" }, format: { type: "string", default: "csv" }, out: { type: "string" } },
    });
    if (!values.client) throw new UsageError("--client ID is required");
    if (values.format !== "csv" && values.format !== "pdf") throw new UsageError("--format must be csv or pdf");
    if (values.format === "pdf" && !values.out) throw new UsageError("--format pdf writes a file: add --out FILE");
    const store = (await ctx.store()).forTenant(ctx.config.tenantId);
    const principal = cliPrincipal(ctx.config.tenantId);
    if (values.format === "pdf") {
      const trail = await clientAuditTrail(store, principal, values.client);
      if (!trail.ok) throw new UsageError(trail.message);
      const { records, verdict } = trail.value;
      writeFileSync(values.out!, await renderAuditReportPdf(trail.value, { generatedAt: new Date().toISOString() }));
      ctx.io.err(`Wrote the audit report of ${records.length} records to ${values.out} (${chainWord(verdict.ok)}).`);
      return verdict.ok ? 0 : 1;
    }
    const exported = await exportClientAudit(store, principal, values.client);
    if (!exported.ok) throw new UsageError(exported.message);
    if (values.out) {
      writeFileSync(values.out, exported.value.csv);
      ctx.io.err(`Wrote ${exported.value.records} records to ${values.out} (${chainWord(exported.value.verified)}).`);
    } else ctx.io.out(exported.value.csv.trimEnd());
    return exported.value.verified ? 0 : 1;
  },
};

const chainWord = (ok: boolean) => `chain ${ok ? "verified" : "BROKEN"}`;
