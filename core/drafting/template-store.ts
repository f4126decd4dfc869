/**
 * Administrator-edited templates live in the document store under the built-in template's id, so an
 * edited "reminder / email / firm / de" (or "reply to a promise / email / de") replaces exactly that
 * template. Saving validates first: an unknown variable, or one without a value where the template is
 * used (a promise amount outside the promise reply), is refused at save time, never discovered in a
 * client's email.
 */
import type { Channel, IsoInstant } from "../domain/types";
import { fail, ok, type Result } from "../errors/codes";
import { hasRole, type Principal } from "../ports/principal";
import type { StoredDocument, TenantStore } from "../ports/store.port";
import { lintDraft } from "./compliance";
import { validateTemplate, type DraftTemplate } from "./template-engine";
import { builtinTemplate, languagePack } from "./templates/catalog";
import { DEFAULT_POLICY, type DraftPurpose, type ReplyKind, type Tone } from "./types";

export const TEMPLATE_DOCUMENT_KIND = "draft-template";

interface StoredTemplate extends DraftTemplate {
  savedAt: IsoInstant;
}

/** The template to use: the firm's saved version when there is a valid one, else the built-in. */
export async function loadTemplate(
  store: TenantStore,
  purpose: DraftPurpose,
  channel: Channel,
  tone: Tone,
  language: string,
  replyKind?: ReplyKind,
): Promise<DraftTemplate> {
  const builtin = builtinTemplate(purpose, channel, tone, language, replyKind);
  const saved: StoredDocument<StoredTemplate> | undefined = await store.documents.get(
    TEMPLATE_DOCUMENT_KIND,
    builtin.id,
  );
  if (!saved) return builtin;
  const slot = builtin.replyKind ? { replyKind: builtin.replyKind } : {};
  const checked = validateTemplate({ ...saved.body, ...slot, id: builtin.id, purpose, channel, tone: builtin.tone });
  return checked.ok ? { ...checked.value, language: builtin.language } : builtin;
}

/**
 * Saves an administrator's template (admins only). Refuses unknown variables, misplaced tables and
 * wording the compliance lint rejects for every purpose.
 */
export async function saveTemplate(
  store: TenantStore,
  principal: Principal,
  template: Omit<DraftTemplate, "id">,
  deps: { now: IsoInstant },
): Promise<Result<DraftTemplate>> {
  if (!hasRole(principal, "admin")) return fail("FORBIDDEN", "only an administrator may edit templates");
  // Saved under the id the drafts read: the built-in's, with its tone and language.
  const builtin = builtinTemplate(
    template.purpose,
    template.channel,
    template.tone,
    template.language,
    template.replyKind,
  );
  const id = builtin.id;
  const checked = validateTemplate({ ...template, id, tone: builtin.tone, language: builtin.language });
  if (!checked.ok) return checked;
  const pack = languagePack(template.language);
  const lint = lintDraft({
    subject: template.subject,
    text: template.body,
    html: "",
    channel: template.channel,
    purpose: template.purpose,
    consumer: false,
    pack,
    policy: DEFAULT_POLICY,
  }).warnings.filter((w) => w.severity === "error");
  if (lint.length) return fail("VALIDATION", lint.map((w) => w.message).join("; "), lint);
  const body: StoredTemplate = { ...checked.value, savedAt: deps.now };
  await store.documents.upsert(TEMPLATE_DOCUMENT_KIND, id, body, { actorId: principal.userId });
  return ok(checked.value);
}
