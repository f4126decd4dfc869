/**
 * Which of the shipped languages a short business email is written in, from function words and
 * telltale letters. Good enough to pick rule sets and to answer in the client's language; returns
 * a low confidence rather than guessing on a two-word message.
 */
import type { Language } from "../locale";

const STOPWORDS: Record<Language, string[]> = {
  en: [
    "the",
    "and",
    "we",
    "you",
    "your",
    "will",
    "is",
    "are",
    "for",
    "of",
    "to",
    "invoice",
    "payment",
    "please",
    "thanks",
    "our",
    "this",
    "by",
    "have",
    "it",
    "be",
    "not",
    "with",
  ],
  es: [
    "el",
    "la",
    "los",
    "las",
    "de",
    "que",
    "y",
    "en",
    "por",
    "para",
    "factura",
    "pago",
    "gracias",
    "hemos",
    "su",
    "con",
    "una",
    "del",
    "es",
    "no",
    "lo",
    "se",
    "saludos",
  ],
  fr: [
    "le",
    "la",
    "les",
    "de",
    "des",
    "et",
    "en",
    "nous",
    "vous",
    "votre",
    "pour",
    "facture",
    "paiement",
    "merci",
    "est",
    "pas",
    "une",
    "du",
    "que",
    "sur",
    "avons",
    "cordialement",
  ],
  de: [
    "der",
    "die",
    "das",
    "und",
    "wir",
    "sie",
    "ihre",
    "ist",
    "nicht",
    "für",
    "rechnung",
    "zahlung",
    "danke",
    "mit",
    "ein",
    "eine",
    "den",
    "dem",
    "bitte",
    "haben",
    "werden",
    "grüße",
    "zu",
  ],
  pl: [
    "i",
    "w",
    "na",
    "z",
    "się",
    "że",
    "nie",
    "do",
    "faktura",
    "faktury",
    "płatność",
    "dziękuję",
    "dziękujemy",
    "jest",
    "za",
    "to",
    "pozdrawiam",
    "przelew",
    "od",
    "po",
    "państwa",
    "proszę",
  ],
};

const LETTERS: Record<Language, RegExp> = {
  en: /(?!)/,
  es: /[ñ¿¡]/,
  fr: /[çœ]|[àâêîôû]/,
  de: /[ßäöü]/,
  pl: /[ąćęłńśźż]/,
};

export interface DetectedLanguage {
  language: Language;
  confidence: number;
}

export function detectLanguage(text: string): DetectedLanguage {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const scores = new Map<Language, number>();
  for (const lang of Object.keys(STOPWORDS) as Language[]) {
    const set = new Set(STOPWORDS[lang]);
    let score = words.filter((w) => set.has(w)).length;
    score += (text.toLowerCase().match(new RegExp(LETTERS[lang].source, "g")) ?? []).length * 0.5;
    scores.set(lang, score);
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = [ranked[0]!, ranked[1]!];
  if (best[1] === 0) return { language: "en", confidence: 0 };
  const margin = (best[1] - second[1]) / best[1];
  const volume = Math.min(1, best[1] / 6);
  return { language: best[0], confidence: Math.round(Math.min(0.99, margin * volume + 0.01) * 100) / 100 };
}
