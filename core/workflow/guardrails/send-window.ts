/**
 * When a drafted message may go out. Drafts are made by the daily run whatever the hour; the
 * guardrails stamp each with the earliest moment a person may send it: outside the recipient's
 * quiet hours, on a business day of the firm's calendar.
 */
import { addDays } from "../../domain/dates";
import type { IsoDate } from "../../domain/types";
import type { QuietHours } from "../config/types";
import { isBusinessDay, nextBusinessDay, type WorkCalendar } from "./calendar";
import type { LocalTime } from "./local-time";

/** True when `hour` falls in the quiet period (which may wrap midnight, e.g. 20 → 8). */
export function isQuietHour(hour: number, quiet: QuietHours): boolean {
  if (quiet.startHour === quiet.endHour) return false;
  return quiet.startHour < quiet.endHour
    ? hour >= quiet.startHour && hour < quiet.endHour
    : hour >= quiet.startHour || hour < quiet.endHour;
}

/**
 * The earliest local slot at or after `local` when sending is allowed: `null` if it is allowed right
 * now, else the day and the hour the quiet period ends. Quiet hours that end after midnight push the
 * slot to the next day; a weekend or holiday pushes it to the next business day.
 */
export function earliestSendSlot(
  local: LocalTime,
  quiet: QuietHours,
  calendar: WorkCalendar,
): { date: IsoDate; hour: number } | null {
  const businessToday = isBusinessDay(local.date, calendar);
  if (businessToday && !isQuietHour(local.hour, quiet)) return null;
  // Quiet now on a business day, and the quiet period ends later today.
  if (businessToday && local.hour < quiet.endHour) return { date: local.date, hour: quiet.endHour };
  const firstOpenHour = isQuietHour(0, quiet) ? quiet.endHour : 0;
  return { date: nextBusinessDay(addDays(local.date, 1), calendar), hour: firstOpenHour };
}
