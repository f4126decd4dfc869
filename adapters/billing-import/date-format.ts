/**
 * Date formats of ledger exports. Without a declared format only ISO `YYYY-MM-DD` is accepted:
 * `03/04/2024` is March 4 in New York and 3 April in London, and guessing wrong would shift every
 * due date and aging bucket, so the importer asks for a `dateFormat` instead of guessing.
 */
import type { IsoDate } from "../../core/domain/types";

export type DateParse = { ok: true; date: IsoDate } | { ok: false; reason: string };
export type DateParser = (text: string) => DateParse;

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_NAME =
  /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)$/i;
const TOKEN = /YYYY|MMM|MM|M|DD|D/g;
/** Excel often appends a midnight time to dates; it carries no information for a calendar day. */
const TIME = "(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|\\s?[AaPp][Mm])?)?";
const ISO = new RegExp(`^(\\d{4})-(\\d{2})-(\\d{2})${TIME}$`);
const NUMERIC_DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})/;

/** ISO only; anything else is refused with advice on which `dateFormat` to declare. */
export const isoDateParser: DateParser = (text) => {
  const m = ISO.exec(text);
  if (m) {
    return isCalendarDay(Number(m[1]), Number(m[2]), Number(m[3]))
      ? { ok: true, date: `${m[1]}-${m[2]}-${m[3]}` }
      : { ok: false, reason: `not a valid date: "${text}"` };
  }
  const dmy = NUMERIC_DMY.exec(text);
  if (dmy) {
    const a = Number(dmy[1]);
    const b = Number(dmy[2]);
    if (a <= 12 && b <= 12) {
      return {
        ok: false,
        reason: `ambiguous date "${text}": it could be month/day or day/month; set "dateFormat" in the mapping (e.g. "M/D/YYYY" or "D/M/YYYY")`,
      };
    }
    const hint = a > 12 ? "D/M/YYYY" : "M/D/YYYY";
    return { ok: false, reason: `date "${text}" is not YYYY-MM-DD; set "dateFormat" in the mapping (e.g. "${hint}")` };
  }
  return { ok: false, reason: `not a date: "${text}" (expected YYYY-MM-DD or a "dateFormat" in the mapping)` };
};

/**
 * Compiles a format such as `M/D/YYYY`, `DD.MM.YYYY`, `YYYYMMDD` or `D-MMM-YYYY` into a parser.
 * `M`/`D` take one or two digits, `MM`/`DD` exactly two, `MMM` an English month name. ISO dates are
 * accepted too: they cannot be misread. Two-digit years are refused (which century?).
 */
export function compileDateFormat(format: string): { ok: true; parse: DateParser } | { ok: false; reason: string } {
  const order: string[] = [];
  let pattern = "^";
  let last = 0;
  let previousVariable = false;
  const upper = format.toUpperCase();
  if (/(?<!Y)YY(?!Y)/.test(upper)) {
    return { ok: false, reason: `dateFormat "${format}" has a two-digit year; use YYYY` };
  }
  for (const m of upper.matchAll(TOKEN)) {
    const literal = upper.slice(last, m.index);
    if (!/^[/.\-, ]*$/.test(literal)) {
      return { ok: false, reason: `unsupported text "${literal}" in dateFormat "${format}"` };
    }
    const variable = m[0] === "M" || m[0] === "D";
    // "YYYYMD" cannot be split reliably: "2024111" is Jan 11 or Nov 1.
    if (literal === "" && order.length > 0 && (variable || previousVariable)) {
      return { ok: false, reason: `dateFormat "${format}" runs one- or two-digit fields together; use MM and DD` };
    }
    pattern += literal.replace(/[.\-/]/g, "\\$&");
    pattern +=
      m[0] === "YYYY" ? "(\\d{4})" : m[0] === "MMM" ? "([A-Za-z]{3,9})\\.?" : variable ? "(\\d{1,2})" : "(\\d{2})";
    order.push(m[0]);
    previousVariable = variable;
    last = m.index + m[0].length;
  }
  if (upper.slice(last) !== "") {
    return { ok: false, reason: `unsupported text "${upper.slice(last)}" in dateFormat "${format}"` };
  }
  const kinds = order
    .map((t) => t[0])
    .sort()
    .join("");
  if (kinds !== "DMY") {
    return {
      ok: false,
      reason: `dateFormat "${format}" needs one day (D or DD), one month (M, MM or MMM) and one year (YYYY)`,
    };
  }
  const re = new RegExp(`${pattern}${TIME}$`);
  const yearAt = order.indexOf("YYYY") + 1;
  const monthAt = order.findIndex((t) => t[0] === "M") + 1;
  const dayAt = order.findIndex((t) => t[0] === "D") + 1;
  const named = order.includes("MMM");
  const parse: DateParser = (text) => {
    const m = re.exec(text);
    if (!m) return ISO.test(text) ? isoDateParser(text) : { ok: false, reason: `not a ${format} date: "${text}"` };
    const y = m[yearAt] ?? "";
    const mo = named ? monthNumber(m[monthAt] ?? "") : (m[monthAt] ?? "").padStart(2, "0");
    const d = (m[dayAt] ?? "").padStart(2, "0");
    return isCalendarDay(Number(y), Number(mo), Number(d))
      ? { ok: true, date: `${y}-${mo}-${d}` }
      : { ok: false, reason: `not a valid date: "${text}" (read as ${format})` };
  };
  return { ok: true, parse };
}

function monthNumber(name: string): string {
  if (!MONTH_NAME.test(name)) return "00";
  return String(MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1).padStart(2, "0");
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Arithmetic check instead of `Date` parsing: imports validate hundreds of thousands of dates. */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] as number));
}
