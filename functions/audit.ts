/**
 * The audit trail: verify the hash chains (managers and administrators: a whole-firm proof) and
 * export one client's trail as CSV (anyone who may see the client).
 */
import { ok } from "../core/errors/codes";
import { exportClientAudit } from "../core/workflow/audit/export-audit";
import { verifyAudit } from "../core/workflow/audit/verify-audit";
import { defineRoute } from "./http";

defineRoute("audit-verify", { route: "audit/verify", methods: ["GET"], roles: ["manager", "admin"] }, async (ctx) => {
  const clientId = ctx.query.get("clientId") ?? undefined;
  return ok(await verifyAudit(ctx.store, clientId ? { clientId } : {}));
});

defineRoute("audit-export", { route: "clients/{clientId}/audit", methods: ["GET"] }, async (ctx) => {
  const exported = await exportClientAudit(ctx.store, ctx.principal, ctx.params.clientId ?? "");
  if (!exported.ok) return exported;
  if (ctx.query.get("format") === "json") return ok(exported.value);
  return {
    status: 200,
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="audit-${encodeURIComponent(ctx.params.clientId ?? "")}.csv"`,
      "x-audit-verified": String(exported.value.verified),
    },
    body: exported.value.csv,
  };
});
