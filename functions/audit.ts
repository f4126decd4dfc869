/**
 * The audit trail: verify the hash chains (managers and administrators: a whole-firm proof) and
 * export one client's trail (anyone who may see the client) as CSV, JSON or a PDF report that
 * prints the chain's verification result.
 */
import { renderAuditReportPdf } from "../adapters/letters/audit-report-pdf";
import { fail, ok } from "../core/errors/codes";
import { clientAuditTrail, exportClientAudit } from "../core/workflow/audit/export-audit";
import { verifyAudit } from "../core/workflow/audit/verify-audit";
import { defineRoute } from "./http";

const FORMATS = ["csv", "json", "pdf"];

defineRoute("audit-verify", { route: "audit/verify", methods: ["GET"], roles: ["manager", "admin"] }, async (ctx) => {
  const clientId = ctx.query.get("clientId") ?? undefined;
  return ok(await verifyAudit(ctx.store, clientId ? { clientId } : {}));
});

defineRoute("audit-export", { route: "clients/{clientId}/audit", methods: ["GET"] }, async (ctx) => {
  const format = ctx.query.get("format") ?? "csv";
  if (!FORMATS.includes(format)) return fail("VALIDATION", `format must be one of ${FORMATS.join(", ")}`);
  const clientId = ctx.params.clientId ?? "";
  const file = `audit-${encodeURIComponent(clientId)}`;
  if (format === "pdf") {
    const trail = await clientAuditTrail(ctx.store, ctx.principal, clientId);
    if (!trail.ok) return trail;
    const pdf = await renderAuditReportPdf(trail.value, { generatedAt: ctx.deps.now().toISOString() });
    return {
      status: 200,
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="${file}.pdf"`,
        "x-audit-verified": String(trail.value.verdict.ok),
        "cache-control": "private, no-store",
      },
      body: pdf,
    };
  }
  const exported = await exportClientAudit(ctx.store, ctx.principal, clientId);
  if (!exported.ok) return exported;
  if (format === "json") return ok(exported.value);
  return {
    status: 200,
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${file}.csv"`,
      "x-audit-verified": String(exported.value.verified),
    },
    body: exported.value.csv,
  };
});
