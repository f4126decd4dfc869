/**
 * Dates people write relative to when they write: "tomorrow", "next Friday", "end of month",
 * "in 10 days", "fin de mes", "nächste Woche", "w piątek". Resolved against `asOf`, never the clock.
 * Conventions: a bare or "this" weekday is the coming one; "next <weekday>" (en, de, pl) is the one
 * in the following week; a week means its Friday; "last <weekday>" is the most recent past one.
 */
import { addDays, addMonths, endOfMonth, weekday } from "../../domain/dates";
import type { IsoDate } from "../../domain/types";

export interface RelativeDate {
  start: number;
  end: number;
  text: string;
  date: IsoDate;
  /** "on Friday", "the 20th": the tense of the sentence decides past or future. */
  ambiguous: boolean;
}

const WEEKDAYS: string[][] = [
  ["sunday", "domingo", "dimanche", "sonntag", "niedziel\\p{L}*"],
  ["monday", "lunes", "lundi", "montag", "poniedziałek"],
  ["tuesday", "martes", "mardi", "dienstag", "wtorek"],
  ["wednesday", "miércoles", "mercredi", "mittwoch", "środ\\p{L}"],
  ["thursday", "jueves", "jeudi", "donnerstag", "czwartek"],
  ["friday", "viernes", "vendredi", "freitag", "piąt\\p{L}*"],
  ["saturday", "sábado", "samedi", "samstag", "sobot\\p{L}"],
];

const B = "(?<![\\p{L}])";
const E = "(?![\\p{L}])";
const NEXT_WEEK_DAY = "(?:next|nächste[nm]?|kommende[nm]?|w przyszł[yąa])";
const LAST_DAY = "(?:last|letzte[nm]?|w zeszł[yąa]|w ostatni[ąa]?)";
const NUM = "(\\d{1,3})";

const fridayOf = (asOf: IsoDate) => addDays(asOf, (5 - weekday(asOf) + 7) % 7);
/** A day of the following Monday-to-Sunday week (0 = Sunday … 6 = Saturday). */
const inNextWeek = (asOf: IsoDate, day: number) => addDays(asOf, ((1 - weekday(asOf) + 7) % 7 || 7) + ((day + 6) % 7));
const comingWeekday = (asOf: IsoDate, day: number) => addDays(asOf, (day - weekday(asOf) + 7) % 7 || 7);

type Resolve = (m: RegExpMatchArray, asOf: IsoDate, past: boolean) => IsoDate | undefined;
type Rule = { re: RegExp; resolve: Resolve; ambiguous: boolean };
const rule = (source: string, resolve: Resolve, ambiguous = false): Rule => ({
  re: new RegExp(`${B}(?:${source})${E}`, "giu"),
  resolve,
  ambiguous,
});
const previousWeekday = (asOf: IsoDate, day: number) => addDays(asOf, -((weekday(asOf) - day + 7) % 7 || 7));

const RULES: Rule[] = [
  rule(
    "end of next month|fin(?:ales)? del? (?:próximo mes|mes que viene)|fin du mois prochain|ende des nächsten monats|końca przyszłego miesiąca",
    (_, a) => endOfMonth(addMonths(a, 1)),
  ),
  rule(
    "(?:the )?end of (?:the |this )?month|month[- ]end|fin(?:ales)? de(?:l)? mes|(?:la )?fin du mois|ende (?:des |dieses )?monats|monatsende|(?:do )?końca (?:tego )?miesiąca|koniec miesiąca",
    (_, a) => endOfMonth(a),
  ),
  rule(
    "next week|(?:la )?(?:próxima semana|semana que viene)|(?:la )?semaine prochaine|nächste[nr]? woche|(?:w )?przyszłym tygodniu",
    (_, a) => inNextWeek(a, 5),
  ),
  rule(
    "(?:by the )?end of (?:the |this )?week|this week|(?:el )?fin de (?:la )?semana|esta semana|(?:la )?fin de (?:la )?semaine|cette semaine|ende (?:der|dieser) woche|diese[rn]? woche|(?:w )?tym tygodniu|(?:do )?końca tygodnia",
    (_, a) => fridayOf(a),
  ),
  rule(
    "(?:in|within) (?:two|2) weeks|en (?:dos|2) semanas|dans (?:deux|2) semaines|in (?:zwei|2) wochen|za (?:dwa|2) tygodnie",
    (_, a) => addDays(a, 14),
  ),
  rule(
    `(?:in|within) ${NUM} (?:business )?days|en ${NUM} días|dans ${NUM} jours|in ${NUM} tagen|za ${NUM} dni|w ciągu ${NUM} dni`,
    (m, a) => addDays(a, Number(m.slice(1).find((g) => g !== undefined))),
  ),
  rule("day after tomorrow|pasado mañana|après-demain|übermorgen|pojutrze", (_, a) => addDays(a, 2)),
  rule("tomorrow|(?<!la |por la )mañana|demain|(?<!guten |am )morgen|jutro", (_, a) => addDays(a, 1)),
  rule("yesterday|ayer|hier|gestern|wczoraj", (_, a) => addDays(a, -1)),
  rule("today|hoy|aujourd'hui|heute|dzisiaj|dziś", (_, a) => a),
  rule(
    "(?:on|by) the (\\d{1,2})(?:st|nd|rd|th)|(?:el )?día (\\d{1,2})|dnia (\\d{1,2})",
    (m, a, past) => dayOfMonth(a, Number(m.slice(1).find((g) => g !== undefined)), past),
    true,
  ),
  ...WEEKDAYS.flatMap((names, day) => {
    const any = names.join("|");
    return [
      rule(`${NEXT_WEEK_DAY} (?:${any})`, (_, a) => inNextWeek(a, day)),
      rule(`${LAST_DAY} (?:${any})|(?:${any}) (?:pasado|dernier)`, (_, a) => previousWeekday(a, day)),
      rule(`(?:this|by|do|bis) (?:${any})|(?:${any}) (?:que viene|prochain|próximo)|el próximo (?:${any})`, (_, a) =>
        comingWeekday(a, day),
      ),
      rule(
        `(?:on |el |le |am |w |we )?(?:${any})`,
        (_, a, past) => (past ? previousWeekday(a, day) : comingWeekday(a, day)),
        true,
      ),
    ];
  }),
];

/** The nearest day `day` of a month on or after `asOf` (or on or before it, for the past). */
function dayOfMonth(asOf: IsoDate, day: number, past: boolean): IsoDate | undefined {
  for (let k = 0; k < 3; k++) {
    const month = addMonths(`${asOf.slice(0, 8)}01`, past ? -k : k);
    const candidate = `${month.slice(0, 8)}${String(day).padStart(2, "0")}`;
    if (
      (past ? candidate <= asOf : candidate >= asOf) &&
      candidate.slice(0, 7) === month.slice(0, 7) &&
      day <= Number(endOfMonth(month).slice(8))
    ) {
      return candidate;
    }
  }
  return undefined;
}

/** Relative dates in order; `past` resolves the ambiguous ones ("on Friday") backwards. */
export function findRelativeDates(text: string, asOf: IsoDate, past = false): RelativeDate[] {
  const found: RelativeDate[] = [];
  for (const { re, resolve, ambiguous } of RULES) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      if (found.some((f) => start < f.end && f.start < start + m[0].length)) continue;
      const date = resolve(m, asOf, past);
      if (date) found.push({ start, end: start + m[0].length, text: m[0], date, ambiguous });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
