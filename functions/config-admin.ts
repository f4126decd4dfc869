/**
 * The administrators' configuration pages beyond the workflow JSON: a dry run of an edited workflow
 * (which accounts it would affect, before saving), the segment thresholds (versioned), and the
 * history of every configuration change from the firm's audit trail.
 */
import { loadSegmentPolicy, listSegmentPolicyVersions, saveSegmentPolicy } from "../core/config/segment-policy-store";
import { listConfigChanges } from "../core/config/config-changes";
import { fail, ok } from "../core/errors/codes";
import { dryRunWorkflowConfig } from "../core/reports/workflow-dry-run-report";
import { actionDeps, asOfParam, defineRoute, objectBody } from "./http";

defineRoute(
  "config-workflow-dry-run",
  { route: "config/workflow/dry-run", methods: ["POST"], roles: ["manager", "admin"], safe: true },
  async (ctx) => {
    const asOf = asOfParam(ctx);
    if (!asOf.ok) return asOf;
    const body = await objectBody(ctx);
    if (!body.ok) return body;
    return dryRunWorkflowConfig(ctx.store, ctx.principal, body.value.config, asOf.value);
  },
);

defineRoute(
  "config-segments-get",
  { route: "config/segments", methods: ["GET"], roles: ["manager", "admin"] },
  async (ctx) => ok(await loadSegmentPolicy(ctx.store)),
);

defineRoute("config-segments-save", { route: "config/segments", methods: ["PUT"], roles: ["admin"] }, async (ctx) => {
  const body = await objectBody(ctx);
  if (!body.ok) return body;
  const b = body.value;
  if (b.expectedVersion !== undefined && !Number.isInteger(b.expectedVersion))
    return fail("VALIDATION", "expectedVersion must be a whole number");
  return saveSegmentPolicy(
    ctx.store,
    ctx.principal,
    {
      policy: b.policy,
      ...(typeof b.expectedVersion === "number" ? { expectedVersion: b.expectedVersion } : {}),
      ...(typeof b.note === "string" ? { note: b.note } : {}),
    },
    actionDeps(ctx),
  );
});

defineRoute(
  "config-segments-versions",
  { route: "config/segments/versions", methods: ["GET"], roles: ["manager", "admin"] },
  async (ctx) => ok(await listSegmentPolicyVersions(ctx.store)),
);

defineRoute(
  "config-changes",
  { route: "config/changes", methods: ["GET"], roles: ["manager", "admin"] },
  async (ctx) => {
    const raw = Number(ctx.query.get("limit") ?? 50);
    if (!Number.isInteger(raw) || raw < 1 || raw > 500) return fail("VALIDATION", "limit must be from 1 to 500");
    return listConfigChanges(ctx.store, ctx.principal, raw);
  },
);
