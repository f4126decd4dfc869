/**
 * The built-in template catalog: one template for every purpose × channel × tone × language, and
 * for every kind of client message a reply answers × channel × language. A tone a purpose does not
 * define resolves to the nearest defined tone (a receipt is always friendly; a reply to a kind of
 * message has friendly wording only).
 */
import type { Channel } from "../../domain/types";
import { isSupportedLanguage, type Language } from "../locale";
import type { DraftTemplate } from "../template-engine";
import { type DraftPurpose, REPLY_KINDS, type ReplyKind, type Tone, TONES } from "../types";
import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import type { LanguagePack, ToneText } from "./pack";
import { pl } from "./pl";

export const LANGUAGE_PACKS: Record<Language, LanguagePack> = { en, es, fr, de, pl };

export function languagePack(language: string): LanguagePack {
  return isSupportedLanguage(language) ? LANGUAGE_PACKS[language] : en;
}

/** The defined tone closest to the requested one (ties go to the softer tone). */
export function resolveTone(pack: LanguagePack, purpose: DraftPurpose, tone: Tone): [Tone, ToneText] {
  const defined = pack.purposes[purpose];
  const want = TONES.indexOf(tone);
  const ranked = [...TONES].sort((a, b) => Math.abs(TONES.indexOf(a) - want) - Math.abs(TONES.indexOf(b) - want));
  for (const t of ranked) {
    const text = defined[t];
    if (text) return [t, text];
  }
  throw new Error(`the ${pack.language} pack defines no tone for ${purpose}`);
}

/** `builtin:en:reminder:email:firm`; a reply to a kind of message: `builtin:en:reply.promise:email:friendly`. */
export function builtinTemplateId(
  language: string,
  purpose: DraftPurpose,
  channel: Channel,
  tone: Tone,
  replyKind?: ReplyKind,
): string {
  const slot = purpose === "reply" && replyKind ? `${purpose}.${replyKind}` : purpose;
  return `builtin:${language}:${slot}:${channel}:${tone}`;
}

export function builtinTemplate(
  purpose: DraftPurpose,
  channel: Channel,
  tone: Tone,
  language: string,
  replyKind?: ReplyKind,
): DraftTemplate {
  const pack = languagePack(language);
  const kind = purpose === "reply" ? replyKind : undefined;
  const [resolved, text]: [Tone, ToneText] = kind ? ["friendly", pack.replies[kind]] : resolveTone(pack, purpose, tone);
  return {
    id: builtinTemplateId(pack.language, purpose, channel, resolved, kind),
    purpose,
    ...(kind ? { replyKind: kind } : {}),
    channel,
    tone: resolved,
    language: pack.language,
    subject: text.subject,
    body: channel === "sms" ? text.sms : text.body,
  };
}

/** Every built-in template slot of a language: purposes × channels × their tones, and the reply kinds. */
export function builtinTemplates(language: string, channels: readonly Channel[]): DraftTemplate[] {
  const seen = new Map<string, DraftTemplate>();
  for (const purpose of Object.keys(languagePack(language).purposes) as DraftPurpose[])
    for (const channel of channels)
      for (const tone of TONES) {
        const t = builtinTemplate(purpose, channel, tone, language);
        if (!seen.has(t.id)) seen.set(t.id, t);
      }
  for (const kind of REPLY_KINDS)
    for (const channel of channels) {
      const t = builtinTemplate("reply", channel, "friendly", language, kind);
      seen.set(t.id, t);
    }
  return [...seen.values()];
}
