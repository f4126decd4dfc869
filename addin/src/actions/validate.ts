/**
 * Field rules of the action forms, as pure functions returning the message to show (or undefined).
 * The API validates again; these exist so a specialist learns what is wrong before a round trip.
 */
import { isIsoDate } from "../../../core/domain/dates";
import type { Strings } from "../i18n/en";
import { parseAmountToMinor } from "../../../web-shared/format/display-format";

type Errors = Strings["forms"]["errors"];

export function requiredText(value: string, e: Errors, max = 2000): string | undefined {
  if (!value.trim()) return e.required;
  return value.length > max ? e.tooLong(max) : undefined;
}

export function amountError(value: string, e: Errors, currency: string, maxMinor?: number): string | undefined {
  if (!value.trim()) return e.required;
  const minor = parseAmountToMinor(value, currency);
  if (minor === undefined) return e.amount;
  return maxMinor !== undefined && minor > maxMinor ? e.amountTooHigh : undefined;
}

/** `today` is the user's calendar day; promised and pause-until dates cannot be in the past. */
export function futureDateError(value: string, e: Errors, today: string): string | undefined {
  if (!value.trim()) return e.required;
  if (!isIsoDate(value)) return e.dateFormat;
  return value < today ? e.dateFuture : undefined;
}

export function installmentsError(value: string, e: Errors): string | undefined {
  const n = Number(value);
  return Number.isInteger(n) && n >= 2 && n <= 24 ? undefined : e.installments;
}

/** Only the fields with a message; an empty object means the form may be sent. */
export function collectErrors<K extends string>(checks: Record<K, string | undefined>): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const [k, v] of Object.entries(checks) as [K, string | undefined][]) if (v) out[k] = v;
  return out;
}
