/**
 * Fast calendar-day numbers for the model's hot loops. The model parses millions of dates, so it
 * reads `YYYY-MM-DD` by character codes instead of through `Date`; the numbers equal
 * `toDayNumber` in core/domain/dates (days since 1970-01-01, UTC).
 */
import type { IsoDate } from "../domain/types";

/** "Has not happened (as far as we know)": later than any real day. */
export const NEVER = 2_147_483_647;

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  if (c < 0 || c > 9) throw new RangeError(`not an ISO date: ${s}`);
  return c;
}

/** Days from 1970-01-01 for a proleptic Gregorian date (Hinnant's days_from_civil). */
export function civilToDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Day number of an ISO date or of the date part of an ISO instant; throws on malformed input. */
export function dayOf(date: IsoDate): number {
  if (date.length < 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) {
    throw new RangeError(`not an ISO date: ${date}`);
  }
  const year = digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
  const month = digit(date, 5) * 10 + digit(date, 6);
  const day = digit(date, 8) * 10 + digit(date, 9);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`not an ISO date: ${date}`);
  }
  return civilToDay(year, month, day);
}

/** Calendar month (1-12) of a day number (Hinnant's civil_from_days, month part only). */
export function monthOfDay(dayNumber: number): number {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  return mp < 10 ? mp + 3 : mp - 9;
}

/** ISO date of a day number. */
export function isoOfDay(dayNumber: number): IsoDate {
  return new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
}

/** How a collector says a day: `3 May 2024`. Fixed English month names so reasons never depend on the host locale. */
export function spokenDay(dayNumber: number): string {
  const d = new Date(dayNumber * 86_400_000);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
