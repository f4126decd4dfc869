/** The firm's working calendar: weekends and firm holidays are not business days. */
import { addDays, weekday } from "../../domain/dates";
import type { IsoDate } from "../../domain/types";
import type { GuardrailConfig } from "../config/types";

export type WorkCalendar = Pick<GuardrailConfig, "weekendDays" | "holidays">;

/** Whether the daily run drafts on `date`: any day under `defer-send`, business days only under `skip-day`. */
export function runDraftsOn(
  date: IsoDate,
  guardrails: WorkCalendar & Pick<GuardrailConfig, "nonBusinessDay">,
): boolean {
  return guardrails.nonBusinessDay !== "skip-day" || isBusinessDay(date, guardrails);
}

export function isBusinessDay(date: IsoDate, calendar: WorkCalendar): boolean {
  return !calendar.weekendDays.includes(weekday(date)) && !calendar.holidays.includes(date);
}

/** `date` itself when it is a business day, else the next one (a year of non-business days is a configuration error). */
export function nextBusinessDay(date: IsoDate, calendar: WorkCalendar): IsoDate {
  for (let d = date, i = 0; i < 366; i++, d = addDays(d, 1)) if (isBusinessDay(d, calendar)) return d;
  throw new RangeError("the calendar has no business day within a year");
}
