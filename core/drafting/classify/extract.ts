/**
 * Figures in a reply: dates (written or relative), money amounts and invoice numbers. Everything
 * returned quotes its place in the text, which is how the classifier proves it invented nothing.
 */
import { daysBetween } from "../../domain/dates";
import type { IsoDate } from "../../domain/types";
import { type AmountMention, findAmounts, findDates, withoutOverlaps } from "../figures";
import { findRelativeDates } from "./relative-dates";
import type { DisputeCategory } from "./types";

export interface FoundDate {
  start: number;
  end: number;
  text: string;
  date: IsoDate;
  ambiguous?: boolean;
}

function nearest(candidates: IsoDate[], asOf: IsoDate): IsoDate | undefined {
  return [...candidates].sort((a, b) => Math.abs(daysBetween(asOf, a)) - Math.abs(daysBetween(asOf, b)))[0];
}

/** Written and relative dates in order; a date written without a year takes the year nearest `asOf`. */
export function datesIn(text: string, asOf: IsoDate, past = false): FoundDate[] {
  const year = Number(asOf.slice(0, 4));
  const written: FoundDate[] = [];
  for (const d of findDates(text)) {
    const candidates = d.candidates.length
      ? d.candidates
      : d.monthDays.flatMap(([m, day]) =>
          [year - 1, year, year + 1].map((y) => `${y}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`),
        );
    const valid = candidates.filter(
      (c) => !Number.isNaN(Date.parse(`${c}T00:00:00Z`)) && new Date(`${c}T00:00:00Z`).toISOString().startsWith(c),
    );
    const date = nearest(valid, asOf);
    if (date) written.push({ start: d.start, end: d.end, text: d.text, date });
  }
  return withoutOverlaps([...written, ...findRelativeDates(text, asOf, past)]);
}

const INVOICE_WORD =
  "(?:invoices?|inv\\.?|bills?|facturas?|factures?|rechnung(?:en)?|rg\\.?|faktur[aęy]?)(?:\\s+(?:paid|pagadas?|payées?|bezahlt|nr\\.?|nos?\\.?|n°|numbers?|números?|numéros?|nummern?|numery|numer))?";
const NUMBER_TOKEN = "#?(?:[A-Z]{2,5}-)?\\d{3,}(?:-\\d+)?";
const SEPARATOR = "\\s*(?:,|;|&|and|y|e|et|und|oraz|i)\\s*";
const INVOICE_LIST = new RegExp(`${INVOICE_WORD}\\s*[:#]?\\s*(${NUMBER_TOKEN}(?:${SEPARATOR}${NUMBER_TOKEN})*)`, "giu");

/** Invoice numbers the text names after an invoice word ("invoices 20320, 20321", "factura #20377"). */
export function invoiceNumbersIn(text: string): { numbers: string[]; spans: [number, number][] } {
  const numbers: string[] = [];
  const spans: [number, number][] = [];
  for (const m of text.matchAll(INVOICE_LIST)) {
    const list = m[1] ?? "";
    const offset = (m.index ?? 0) + m[0].length - list.length;
    for (const t of list.matchAll(new RegExp(NUMBER_TOKEN, "giu"))) {
      numbers.push(t[0].replace(/^#/, ""));
      spans.push([offset + (t.index ?? 0), offset + (t.index ?? 0) + t[0].length]);
    }
  }
  return { numbers: [...new Set(numbers)], spans };
}

/** Money amounts: figures with a currency or cents, outside dates and invoice numbers. */
export function moneyIn(text: string, asOf: IsoDate): AmountMention[] {
  const taken: [number, number][] = [
    ...datesIn(text, asOf).map((d): [number, number] => [d.start, d.end]),
    ...invoiceNumbersIn(text).spans,
  ];
  return findAmounts(text).filter(
    (a) =>
      !a.percent && (a.currency !== undefined || a.hasDecimals) && !taken.some(([s, e]) => a.start < e && s < a.end),
  );
}

const CATEGORIES: [DisputeCategory, RegExp][] = [
  ["duplicate", /twice|double|duplicat|dos veces|deux fois|doublon|doppelt|podwójnie/iu],
  ["ebilling", /portal|e-?bill|ledes|rejected the|rechaz|rejet|abgelehnt|odrzuc/iu],
  ["not-received", /not received|never received|no (?:hemos )?recibid|pas reçu|nicht erhalten|nie otrzyma/iu],
  ["not-authorized", /authori[sz]|approv|autoriz|autoris|command|freigegeben|beauftragt|zatwierdz|zamawia/iu],
  [
    "fees",
    /hours|rate|fee|estimate|budget|honorar|horas|honoraires|devis|stunden|godzin|kwota|importe|montant|betrag/iu,
  ],
];

export function disputeCategory(text: string): DisputeCategory {
  return CATEGORIES.find(([, re]) => re.test(text))?.[0] ?? "other";
}
