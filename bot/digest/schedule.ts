/**
 * When a firm's weekly digest is due: Monday from 08:00 on the firm's own clock. The timer runs
 * hourly in UTC and asks this for every firm, because firms sit in different time zones and the
 * Flex Consumption plan ignores WEBSITE_TIME_ZONE; a run missed at 08:00 is made up later that
 * Monday, and the once-per-week claim keeps it to one post. The digest covers the 7 days ending
 * the Sunday before.
 */
import { addDays } from "../../core/domain/dates";
import type { IsoDate, IsoInstant } from "../../core/domain/types";
import { localTimeAt } from "../../core/workflow/guardrails/local-time";

export const DIGEST_WEEKDAY = 1;
export const DIGEST_HOUR = 8;

export function digestWeekDue(now: IsoInstant, timeZone: string): IsoDate | undefined {
  const local = localTimeAt(now, timeZone);
  return local.weekday === DIGEST_WEEKDAY && local.hour >= DIGEST_HOUR ? addDays(local.date, -1) : undefined;
}
