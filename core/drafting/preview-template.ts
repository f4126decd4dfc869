/**
 * Preview of a template (saved or still being edited) with a real client's figures, for the template
 * editor. The template is validated first, so an unknown variable is reported, never rendered blank.
 */
import type { IsoDate, IsoInstant } from "../domain/types";
import { ok, type Result } from "../errors/codes";
import type { Principal } from "../ports/principal";
import type { TenantStore } from "../ports/store.port";
import { checkValues, loadDraftContext } from "./draft-context";
import { factVariables } from "./facts";
import { finishDraft } from "./finish-draft";
import { buildTables, renderTemplate, statedFacts } from "./render-template";
import { type DraftTemplate, validateTemplate } from "./template-engine";
import { DEFAULT_POLICY, type Draft } from "./types";

export async function previewTemplate(
  store: TenantStore,
  principal: Principal,
  template: DraftTemplate,
  clientId: string,
  deps: { asOf: IsoDate; now?: IsoInstant; firm?: { name: string } },
): Promise<Result<Draft>> {
  const checked = validateTemplate(template);
  if (!checked.ok) return checked;
  const request = {
    clientId,
    purpose: template.purpose,
    channel: template.channel,
    tone: template.tone,
    language: template.language,
    ...(template.replyKind ? { replyKind: template.replyKind } : {}),
  };
  const loaded = await loadDraftContext(store, principal, request, deps);
  if (!loaded.ok) return loaded;
  const ctx = { ...loaded.value, template };
  const values = checkValues(template, { ...ctx, openInvoices: ctx.facts.invoices.length });
  if (!values.ok) return values;
  const tables = buildTables(ctx.facts, ctx.pack, ctx.locale);
  const rendered = renderTemplate(template, { values: { ...factVariables(ctx.facts), ...ctx.names }, tables });
  const facts = statedFacts(ctx.facts, rendered.used);
  return ok(finishDraft(ctx, request, DEFAULT_POLICY, rendered.subject, rendered.blocks, facts, "template"));
}
