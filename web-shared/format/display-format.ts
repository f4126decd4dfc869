/**
 * Display formats the task pane and the dashboard share. Money arithmetic, parsing and currency
 * exponents come from core's money module (the one place rounding happens); this file only picks
 * the user's locale.
 */
import { formatMoney as coreFormatMoney, parseAmount, toDecimalString } from "../../core/money/money";

/** "$1,234.56"; without a known currency, the grouped decimal "1,234.56" (never a guessed symbol). */
export function formatMoney(minor: number, currency: string | undefined, locale = "en-US"): string {
  if (currency) return coreFormatMoney(minor, currency, locale);
  const [whole = "0", frac = "00"] = toDecimalString(minor, "USD").split(".");
  return `${new Intl.NumberFormat(locale).format(Number(whole))}.${frac}`;
}

/** 0.723 → "72%". */
export function formatPercent(p: number, locale = "en-US"): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(p);
}

/** "2026-11-23" → "Nov 23, 2026"; anything else is shown as given. */
export function formatDate(iso: string, locale = "en-US"): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" }).format(
    date,
  );
}

/** A positive amount typed by the user, in minor units; undefined when it is not one. */
export function parseAmountToMinor(text: string, currency = "USD"): number | undefined {
  const parsed = parseAmount(text, { currency });
  return parsed.ok && parsed.amountMinor > 0 ? parsed.amountMinor : undefined;
}
