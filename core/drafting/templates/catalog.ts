/**
 * The built-in template catalog: one template for every purpose × channel × tone × language. A tone
 * a purpose does not define resolves to the nearest defined tone (a receipt is always friendly).
 */
import type { Channel } from "../../domain/types";
import { isSupportedLanguage, type Language } from "../locale";
import type { DraftTemplate } from "../template-engine";
import { type DraftPurpose, type Tone, TONES } from "../types";
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

export function builtinTemplateId(language: string, purpose: DraftPurpose, channel: Channel, tone: Tone): string {
  return `builtin:${language}:${purpose}:${channel}:${tone}`;
}

export function builtinTemplate(purpose: DraftPurpose, channel: Channel, tone: Tone, language: string): DraftTemplate {
  const pack = languagePack(language);
  const [resolved, text] = resolveTone(pack, purpose, tone);
  return {
    id: builtinTemplateId(pack.language, purpose, channel, resolved),
    purpose,
    channel,
    tone: resolved,
    language: pack.language,
    subject: text.subject,
    body: channel === "sms" ? text.sms : text.body,
  };
}
