/**
 * The workflow configuration (docs/workflow-config.md): read by managers and administrators, saved
 * by administrators only; each save is a new version and an audited config change.
 */
import { fail, ok } from "../core/errors/codes";
import {
  getConfigVersion,
  listConfigVersions,
  loadWorkflowConfig,
  saveWorkflowConfig,
} from "../core/workflow/config/config-store";
import { actionDeps, defineRoute, objectBody } from "./http";

defineRoute(
  "config-workflow-get",
  { route: "config/workflow", methods: ["GET"], roles: ["manager", "admin"] },
  async (ctx) => ok(await loadWorkflowConfig(ctx.store)),
);

defineRoute("config-workflow-save", { route: "config/workflow", methods: ["PUT"], roles: ["admin"] }, async (ctx) => {
  const body = await objectBody(ctx);
  if (!body.ok) return body;
  const b = body.value;
  if (b.expectedVersion !== undefined && !Number.isInteger(b.expectedVersion))
    return fail("VALIDATION", "expectedVersion must be a whole number");
  return saveWorkflowConfig(
    ctx.store,
    ctx.principal,
    {
      config: b.config,
      ...(typeof b.expectedVersion === "number" ? { expectedVersion: b.expectedVersion } : {}),
      ...(typeof b.note === "string" ? { note: b.note } : {}),
    },
    actionDeps(ctx),
  );
});

defineRoute(
  "config-workflow-versions",
  { route: "config/workflow/versions", methods: ["GET"], roles: ["manager", "admin"] },
  async (ctx) => ok(await listConfigVersions(ctx.store)),
);

defineRoute(
  "config-workflow-version",
  { route: "config/workflow/versions/{version}", methods: ["GET"], roles: ["manager", "admin"] },
  async (ctx) => {
    const version = Number(ctx.params.version);
    if (!Number.isInteger(version) || version < 0) return fail("VALIDATION", "version must be a whole number");
    return getConfigVersion(ctx.store, version);
  },
);
