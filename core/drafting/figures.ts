/**
 * Finds the figures people and models write: amounts in any of the shipped locales' formats
 * ("$1,234.56", "1.234,56 €", "1 234,56 zł", "USD 1234.56") and dates ("2026-11-03", "03.11.2026",
 * "Nov 3, 2026", "3 de noviembre de 2026", "3 listopada"). Shared by the grounding check and the
 * reply classifier, so both read a figure the same way. Input is expected to be neutralized text.
 */
import { isIsoDate } from "../domain/dates";
import type { IsoDate } from "../domain/types";
import { monthOf } from "./months";

export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** Possible days (two when "03/11/2026" could be either order); empty when no year was written. */
  candidates: IsoDate[];
  /** Month and day pairs, for dates written without a year. */
  monthDays: [number, number][];
}

export interface AmountMention {
  start: number;
  end: number;
  text: string;
  /** Value in minor units, reading the last separator before 1-2 digits as the decimal mark. */
  minor: number;
  hasDecimals: boolean;
  currency?: string;
  percent: boolean;
}

const L = "\\p{L}";
const NOT_BEFORE = "(?<![\\p{L}\\d])";
const DATE_PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => [number | undefined, number, number][] }[] = [
  { re: /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/gu, read: (m) => [[n(m[1]), n(m[2]), n(m[3])]] },
  {
    re: /(?<![\d.,])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d])/gu,
    read: (m) => {
      const y = year(m[4]);
      return m[2] === "."
        ? [[y, n(m[3]), n(m[1])]]
        : [
            [y, n(m[3]), n(m[1])],
            [y, n(m[1]), n(m[3])],
          ];
    },
  },
  { re: /(?<![\d.,])(\d{1,2})\.(\d{1,2})\.(?![\d])/gu, read: (m) => [[undefined, n(m[2]), n(m[1])]] },
  {
    re: /(?<![\d./,])(\d{1,2})\/(\d{1,2})(?![\d/])/gu,
    read: (m) => [
      [undefined, n(m[1]), n(m[2])],
      [undefined, n(m[2]), n(m[1])],
    ],
  },
  {
    re: new RegExp(
      `${NOT_BEFORE}(\\d{1,2})(?:\\.|er|st|nd|rd|th)?\\s*(?:de\\s+|of\\s+)?([${L}]{3,}\\.?)(?:,?\\s*(?:de\\s+)?(\\d{4}))?(?![\\p{L}\\d])`,
      "gu",
    ),
    read: (m) => withMonth(m[2], (mo) => [[year(m[3]), mo, n(m[1])]]),
  },
  {
    re: new RegExp(
      `${NOT_BEFORE}([${L}]{3,}\\.?)\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?![\\p{L}\\d])`,
      "gu",
    ),
    read: (m) => withMonth(m[1], (mo) => [[year(m[3]), mo, n(m[2])]]),
  },
];

function n(s: string | undefined): number {
  return Number(s ?? Number.NaN);
}
function year(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  return s.length === 2 ? 2000 + Number(s) : Number(s);
}
function withMonth(word: string | undefined, f: (month: number) => [number | undefined, number, number][]) {
  const month = monthOf(word ?? "");
  return month === undefined ? [] : f(month);
}

function iso(y: number, m: number, d: number): IsoDate | undefined {
  const s = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  return isIsoDate(s) ? s : undefined;
}

export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const { re, read } of DATE_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const readings = read(m as RegExpExecArray).filter(([, mo, d]) => mo >= 1 && mo <= 12 && d >= 1 && d <= 31);
      if (!readings.length) continue;
      const candidates = readings.flatMap(([y, mo, d]) => (y === undefined ? [] : [iso(y, mo, d)].filter(isDefined)));
      const monthDays = readings.map(([, mo, d]) => [mo, d] as [number, number]);
      const start = m.index ?? 0;
      if (readings.every(([y]) => y !== undefined) && !candidates.length) continue;
      found.push({ start, end: start + m[0].length, text: m[0], candidates: [...new Set(candidates)], monthDays });
    }
  }
  return withoutOverlaps(found);
}

const CURRENCY = "US\\$|USD|EUR|GBP|PLN|CHF|CAD|AUD|zł|złotych|dollars?|euros?|dólares|dolares|\\$|€|£";
const NUMBER = "\\d{1,3}(?:([,.\\u00a0\\u202f' ])\\d{3})(?:\\1\\d{3})*(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?";
const AMOUNT = new RegExp(
  `(?:(${CURRENCY})\\s?)?(?<![\\d.,])(${NUMBER})(?![\\d]|[.,]\\d)(?:\\s?(${CURRENCY}|%))?`,
  "giu",
);

export function findAmounts(text: string): AmountMention[] {
  const found: AmountMention[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const number = m[2] ?? "";
    const decimal = /[.,](\d{1,2})$/.exec(number);
    const hasDecimals = decimal !== null;
    const intPart = decimal ? number.slice(0, decimal.index) : number;
    const digits = intPart.replace(/[^\d]/g, "");
    const frac = decimal ? (decimal[1] ?? "").padEnd(2, "0") : "00";
    const minor = Number(digits) * 100 + Number(frac);
    const symbol = m[1] ?? (m[4] === "%" ? undefined : m[4]);
    const start = m.index ?? 0;
    const mention: AmountMention = {
      start,
      end: start + m[0].length,
      text: m[0],
      minor,
      hasDecimals,
      percent: m[4] === "%",
    };
    if (symbol) mention.currency = currencyCode(symbol);
    if (Number.isSafeInteger(minor)) found.push(mention);
  }
  return found;
}

function currencyCode(symbol: string): string {
  const s = symbol.toLowerCase();
  if (s === "$" || s === "us$" || s.startsWith("dol") || s.startsWith("dól")) return "USD";
  if (s === "€" || s.startsWith("eur")) return "EUR";
  if (s === "£") return "GBP";
  if (s.startsWith("zł") || s === "pln") return "PLN";
  return s.toUpperCase();
}

function isDefined<T>(v: T | undefined): v is T {
  return v !== undefined;
}

export function withoutOverlaps<T extends { start: number; end: number }>(items: T[]): T[] {
  const sorted = [...items].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  for (const item of sorted) if (!out.some((o) => item.start < o.end && o.start < item.end)) out.push(item);
  return out;
}
