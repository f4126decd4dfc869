/**
 * All money arithmetic lives here. Amounts are integers in minor units (cents); no float ever
 * touches a total. Parsing from text and formatting for people are the only conversions.
 */
import type { CurrencyCode } from "../domain/types";

export interface Money {
  amountMinor: number;
  currency: CurrencyCode;
}

/** Minor-unit exponent per ISO 4217 (most currencies use 2). */
const EXPONENTS: Record<string, number> = { JPY: 0, KRW: 0, CLP: 0, ISK: 0, HUF: 2, KWD: 3, BHD: 3, JOD: 3, TND: 3 };

export function minorExponent(currency: CurrencyCode): number {
  return EXPONENTS[currency.toUpperCase()] ?? 2;
}

export function assertMinor(amountMinor: number): number {
  if (!Number.isSafeInteger(amountMinor)) throw new RangeError(`not an integer amount of minor units: ${amountMinor}`);
  return amountMinor;
}

export function sumMinor(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += assertMinor(v);
  return assertMinor(total);
}

/**
 * Splits `totalMinor` into `parts` amounts that differ by at most one minor unit and add up exactly
 * to the total; the earlier parts take the extra units (so a plan's first installments carry the cents).
 */
export function splitEvenly(totalMinor: number, parts: number): number[] {
  assertMinor(totalMinor);
  if (!Number.isInteger(parts) || parts <= 0) throw new RangeError(`parts must be a positive integer: ${parts}`);
  const base = Math.trunc(totalMinor / parts);
  const remainder = totalMinor - base * parts;
  const sign = Math.sign(remainder);
  return Array.from({ length: parts }, (_, i) => base + (i < Math.abs(remainder) ? sign : 0));
}

/** Splits `totalMinor` in proportion to `weights`, to the cent, by largest remainder. */
export function allocateByWeights(totalMinor: number, weights: number[]): number[] {
  assertMinor(totalMinor);
  const weightSum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0 || weightSum <= 0) throw new RangeError("weights must be non-empty and positive");
  const raw = weights.map((w) => (totalMinor * w) / weightSum);
  const floors = raw.map((r) => Math.floor(r));
  let left = totalMinor - floors.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => ({ i, frac: r - Math.floor(r) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    left -= 1;
  }
  return floors;
}

/** Exact decimal string of an amount (`123456`, USD → `1234.56`), for CSV and JSON outputs. */
export function toDecimalString(amountMinor: number, currency: CurrencyCode = "USD"): string {
  assertMinor(amountMinor);
  const exp = minorExponent(currency);
  if (exp === 0) return String(amountMinor);
  const sign = amountMinor < 0 ? "-" : "";
  const abs = Math.abs(amountMinor);
  const unit = 10 ** exp;
  return `${sign}${Math.trunc(abs / unit)}.${String(abs % unit).padStart(exp, "0")}`;
}

// Building an Intl.NumberFormat costs far more than formatting with it; the daily run formats thousands of amounts.
const moneyFormats = new Map<string, Intl.NumberFormat>();

/** Human display with the currency symbol in the given locale (`$1,234.56`). */
export function formatMoney(amountMinor: number, currency: CurrencyCode, locale = "en-US"): string {
  const exp = minorExponent(currency);
  const key = `${locale}|${currency}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: "currency",
      currency,
      minimumFractionDigits: exp,
      maximumFractionDigits: exp,
    });
    moneyFormats.set(key, format);
  }
  return format.format(amountMinor / 10 ** exp);
}

/** Digits grouped in threes by the thousands separator, built once (imports parse millions of amounts). */
const GROUPED = { ",": /^\d{1,3}(,\d{3})+$/, ".": /^\d{1,3}(\.\d{3})+$/ } as const;

export type ParseAmountResult = { ok: true; amountMinor: number } | { ok: false; reason: string };

export interface ParseAmountOptions {
  decimalSeparator?: "." | ",";
  currency?: CurrencyCode;
}

/**
 * Parses an amount as written in accounting exports: currency symbols and codes, thousands
 * separators, `(1,234.50)` and trailing-minus negatives. Refuses anything ambiguous (two decimal
 * points, more decimals than the currency has) rather than guessing.
 */
export function parseAmount(text: string, options: ParseAmountOptions = {}): ParseAmountResult {
  const decimal = options.decimalSeparator ?? ".";
  const thousands: "," | "." = decimal === "." ? "," : ".";
  const exp = minorExponent(options.currency ?? "USD");
  let s = text.trim();
  if (s === "") return { ok: false, reason: "amount is empty" };
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  if (s.endsWith("-")) {
    negative = !negative;
    s = s.slice(0, -1).trim();
  }
  if (s.startsWith("-")) {
    negative = !negative;
    s = s.slice(1).trim();
  }
  s = s.replace(/^[A-Z]{3}\s*/i, "").replace(/\s*[A-Z]{3}$/i, "");
  s = s
    .replace(/^[$€£¥₹]|[$€£¥₹]$/gu, "")
    .replace(/\s*zł$/u, "")
    .trim();
  if (s.startsWith("-")) {
    negative = !negative;
    s = s.slice(1).trim();
  }
  s = s.replace(/[\s\u00a0\u202f']/g, "");
  if (!/^[\d.,]+$/.test(s)) return { ok: false, reason: `not an amount: "${text}"` };
  const parts = s.split(decimal);
  if (parts.length > 2) return { ok: false, reason: `more than one decimal separator in "${text}"` };
  const intPart = parts[0] ?? "";
  const fracPart = parts[1] ?? "";
  if (fracPart.includes(thousands)) return { ok: false, reason: `thousands separator after the decimals in "${text}"` };
  if (intPart.includes(thousands) && !GROUPED[thousands].test(intPart)) {
    return { ok: false, reason: `misplaced thousands separator in "${text}"` };
  }
  if (fracPart.length > exp) return { ok: false, reason: `more than ${exp} decimals in "${text}"` };
  const digits = intPart.split(thousands).join("") || "0";
  const minor = Number(digits) * 10 ** exp + Number(fracPart.padEnd(exp, "0") || "0");
  if (!Number.isSafeInteger(minor)) return { ok: false, reason: `amount too large: "${text}"` };
  return { ok: true, amountMinor: negative ? -minor : minor };
}
