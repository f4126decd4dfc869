/**
 * The template editor's use cases over the drafting module's template store: the firm's templates
 * for a language (its saved text where there is one, else the built-in), a live preview against a
 * real client with the strict-variable check, and saving — each save keeps the text it replaced as
 * a numbered version and leaves a `config-change` record, so any change can be looked up and undone.
 */
import { audit } from "../actions/audit";
import type { ActionDeps } from "../actions/documents";
import { previewTemplate } from "../drafting/preview-template";
import { type DraftTemplate, TEMPLATE_VARIABLES, validateTemplate } from "../drafting/template-engine";
import { loadTemplate, saveTemplate } from "../drafting/template-store";
import { builtinTemplate, builtinTemplates } from "../drafting/templates/catalog";
import {
  CHANNELS,
  DRAFT_PURPOSES,
  type Draft,
  type DraftPurpose,
  REPLY_KINDS,
  type ReplyKind,
  TONES,
  type Tone,
} from "../drafting/types";
import type { Channel, IsoDate, IsoInstant } from "../domain/types";
import { fail, ok, type Result } from "../errors/codes";
import { hasRole, type Principal } from "../ports/principal";
import type { TenantStore } from "../ports/store.port";
import { FIRM_CLIENT_ID } from "../workflow/config/config-store";

export const TEMPLATE_VERSION_KIND = "draft-template-version";

export interface TemplateEntry extends DraftTemplate {
  customized: boolean;
  builtinSubject: string;
  builtinBody: string;
}

export interface TemplateVersion {
  templateId: string;
  version: number;
  subject: string;
  body: string;
  savedBy: string;
  savedAt: IsoInstant;
}

const mayRead = (p: Principal) => hasRole(p, "manager", "admin");

export async function listTemplates(
  store: TenantStore,
  principal: Principal,
  language: string,
): Promise<Result<{ language: string; variables: Record<string, string>; templates: TemplateEntry[] }>> {
  if (!mayRead(principal)) return fail("FORBIDDEN", "templates are for managers and administrators");
  const seen = new Map<string, TemplateEntry>();
  // Every built-in slot of the language: each purpose × channel × tone, and each reading's reply.
  for (const builtin of builtinTemplates(language, CHANNELS)) {
    if (seen.has(builtin.id)) continue;
    const current = await loadTemplate(
      store,
      builtin.purpose,
      builtin.channel,
      builtin.tone,
      builtin.language,
      builtin.replyKind,
    );
    seen.set(builtin.id, {
      ...current,
      id: builtin.id,
      customized: current.subject !== builtin.subject || current.body !== builtin.body,
      builtinSubject: builtin.subject,
      builtinBody: builtin.body,
    });
  }
  const templates = [...seen.values()];
  return ok({ language: templates[0]?.language ?? language, variables: { ...TEMPLATE_VARIABLES }, templates });
}

/** Reads the editor's JSON into a template (id derived from purpose, channel, tone and language). */
export function templateFrom(raw: Record<string, unknown>): Result<Omit<DraftTemplate, "id">> {
  const { purpose, channel, tone, language, subject, body, replyKind } = raw;
  if (!DRAFT_PURPOSES.includes(purpose as DraftPurpose)) return fail("VALIDATION", "purpose is not known");
  if (replyKind !== undefined && (purpose !== "reply" || !REPLY_KINDS.includes(replyKind as ReplyKind)))
    return fail("VALIDATION", `replyKind is for replies: one of ${REPLY_KINDS.join(", ")}`);
  if (!CHANNELS.includes(channel as Channel)) return fail("VALIDATION", "channel must be email, sms or letter");
  if (!TONES.includes(tone as Tone)) return fail("VALIDATION", "tone must be friendly, firm or final");
  if (typeof language !== "string" || typeof subject !== "string" || typeof body !== "string")
    return fail("VALIDATION", "language, subject and body are text");
  if (subject.length > 300 || body.length > 20_000) return fail("VALIDATION", "the template is too long");
  return ok({
    purpose: purpose as DraftPurpose,
    channel: channel as Channel,
    tone: tone as Tone,
    language,
    subject,
    body,
    ...(replyKind !== undefined ? { replyKind: replyKind as ReplyKind } : {}),
  });
}

/** The strict-variable check and the rendered draft for one client, without saving anything. */
export async function previewEditedTemplate(
  store: TenantStore,
  principal: Principal,
  template: Omit<DraftTemplate, "id">,
  clientId: string,
  deps: { asOf: IsoDate; now: IsoInstant },
): Promise<Result<Draft>> {
  if (!mayRead(principal)) return fail("FORBIDDEN", "templates are for managers and administrators");
  const builtin = builtinTemplate(
    template.purpose,
    template.channel,
    template.tone,
    template.language,
    template.replyKind,
  );
  const checked = validateTemplate({ ...template, id: builtin.id });
  if (!checked.ok) return checked;
  return previewTemplate(store, principal, checked.value, clientId, deps);
}

export async function listTemplateVersions(store: TenantStore, templateId: string): Promise<TemplateVersion[]> {
  const docs = await store.documents.list<TemplateVersion>(TEMPLATE_VERSION_KIND);
  return docs
    .map((d) => d.body)
    .filter((v) => v.templateId === templateId)
    .sort((a, b) => b.version - a.version);
}

/** Saves (administrators), keeping the replaced text as a version and auditing the change. */
export async function saveTemplateVersioned(
  store: TenantStore,
  principal: Principal,
  template: Omit<DraftTemplate, "id">,
  deps: ActionDeps,
): Promise<Result<DraftTemplate & { version: number }>> {
  const builtin = builtinTemplate(
    template.purpose,
    template.channel,
    template.tone,
    template.language,
    template.replyKind,
  );
  const wanted = { ...template, tone: builtin.tone, language: builtin.language };
  const before = await loadTemplate(
    store,
    wanted.purpose,
    wanted.channel,
    wanted.tone,
    wanted.language,
    wanted.replyKind,
  );
  const saved = await saveTemplate(store, principal, wanted, { now: deps.now });
  if (!saved.ok) return saved;
  const versions = await listTemplateVersions(store, builtin.id);
  const version = (versions[0]?.version ?? 0) + 1;
  const record: TemplateVersion = {
    templateId: builtin.id,
    version,
    subject: wanted.subject,
    body: wanted.body,
    savedBy: principal.userId,
    savedAt: deps.now,
  };
  await store.documents.create(TEMPLATE_VERSION_KIND, `${builtin.id}|v${version}`, record, {
    actorId: principal.userId,
  });
  await audit(store, principal, deps, {
    clientId: FIRM_CLIENT_ID,
    kind: "config-change",
    summary: `Template ${builtin.id} version ${version} saved`,
    data: {
      section: "templates",
      templateId: builtin.id,
      version,
      before: { subject: before.subject, body: before.body },
      after: { subject: wanted.subject, body: wanted.body },
    },
  });
  return ok({ ...saved.value, id: builtin.id, version });
}
