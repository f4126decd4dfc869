/** The string tables shipped; a language without a table falls back to English. */
import { en, type Strings } from "./en";

const TABLES: Record<string, Strings> = { en };

/** "fr-FR" → the French table when there is one, else English. */
export function stringsFor(language: string): Strings {
  return TABLES[language.toLowerCase().split("-")[0] ?? "en"] ?? en;
}
