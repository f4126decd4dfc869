/**
 * How figures are written for a reader: the draft's language with the client's country
 * (`es` + `US` → `es-US`), so a US firm's Spanish-speaking client sees `$1,234.56` as on the invoice.
 */
import type { IsoDate } from "../domain/types";
import { formatMoney } from "../money/money";

export const SUPPORTED_LANGUAGES = ["en", "es", "fr", "de", "pl"] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

export function isSupportedLanguage(value: string | undefined): value is Language {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(value ?? "");
}

/** The primary subtag of a BCP 47 tag (`de-AT` → `de`), lower-case. */
export function primaryLanguage(tag: string | undefined): string {
  return (tag ?? "").trim().toLowerCase().split(/[-_]/)[0] ?? "";
}

export function localeFor(language: Language, country: string | undefined): string {
  const region = (country ?? "").trim().toUpperCase();
  const tag = /^[A-Z]{2}$/.test(region) ? `${language}-${region}` : language;
  // Intl rejects nothing here, but an unknown combination silently falls back: keep the tag canonical.
  return Intl.NumberFormat.supportedLocalesOf([tag]).length ? tag : language;
}

export function displayMoney(amountMinor: number, currency: string, locale: string): string {
  return formatMoney(amountMinor, currency, locale);
}

/** A calendar day for people (`November 3, 2026`, `3. November 2026`); UTC so no zone shifts the day. */
export function displayDate(date: IsoDate, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));
}

/** The hour (0-23) at `instant` in `timeZone`; undefined when the zone is unknown. */
export function localHour(instant: string, timeZone: string | undefined): number | undefined {
  if (!timeZone) return undefined;
  try {
    const hour = new Intl.DateTimeFormat("en-US", { hour: "numeric", hourCycle: "h23", timeZone }).format(
      new Date(instant),
    );
    const n = Number(hour);
    return Number.isInteger(n) ? n : undefined;
  } catch {
    return undefined;
  }
}
