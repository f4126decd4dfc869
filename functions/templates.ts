/**
 * The template editor over HTTP: the firm's templates for a language, a live preview against a
 * real client (with the strict-variable check), saving (administrators; versioned and audited) and
 * a template's earlier versions for undoing a change.
 */
import { fail, ok } from "../core/errors/codes";
import {
  listTemplates,
  listTemplateVersions,
  previewEditedTemplate,
  saveTemplateVersioned,
  templateFrom,
} from "../core/usecases/template-admin";
import { actionDeps, asOfParam, defineRoute, objectBody } from "./http";

defineRoute("templates-list", { route: "templates", methods: ["GET"], roles: ["manager", "admin"] }, async (ctx) =>
  listTemplates(ctx.store, ctx.principal, ctx.query.get("language") ?? "en"),
);

defineRoute("templates-save", { route: "templates", methods: ["PUT"], roles: ["admin"] }, async (ctx) => {
  const body = await objectBody(ctx);
  if (!body.ok) return body;
  const template = templateFrom(body.value);
  if (!template.ok) return template;
  return saveTemplateVersioned(ctx.store, ctx.principal, template.value, actionDeps(ctx));
});

defineRoute(
  "templates-preview",
  { route: "templates/preview", methods: ["POST"], roles: ["manager", "admin"], safe: true },
  async (ctx) => {
    const asOf = asOfParam(ctx);
    if (!asOf.ok) return asOf;
    const body = await objectBody(ctx);
    if (!body.ok) return body;
    const { clientId, ...rest } = body.value;
    if (typeof clientId !== "string" || !clientId) return fail("VALIDATION", "clientId: the client to preview with");
    const template = templateFrom(rest);
    if (!template.ok) return template;
    return previewEditedTemplate(ctx.store, ctx.principal, template.value, clientId, {
      asOf: asOf.value,
      now: ctx.deps.now().toISOString(),
    });
  },
);

defineRoute(
  "templates-versions",
  { route: "templates/versions", methods: ["GET"], roles: ["manager", "admin"] },
  async (ctx) => {
    const id = ctx.query.get("templateId");
    if (!id) return fail("VALIDATION", "templateId is required");
    return ok(await listTemplateVersions(ctx.store, id));
  },
);
