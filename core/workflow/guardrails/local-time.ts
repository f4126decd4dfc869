/**
 * The recipient's wall clock at a given instant. The instant is passed in (no hidden clock); the
 * conversion uses the standard `Intl` time-zone database, available in browsers and Node alike.
 */
import type { IsoDate, IsoInstant } from "../../domain/types";

export interface LocalTime {
  date: IsoDate;
  hour: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      hourCycle: "h23",
      weekday: "short",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** Local date, hour and weekday in `timeZone`; an unknown zone falls back to UTC rather than failing a run. */
export function localTimeAt(instant: IsoInstant, timeZone: string): LocalTime {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = formatter(timeZone).formatToParts(new Date(instant));
  } catch {
    parts = formatter("UTC").formatToParts(new Date(instant));
  }
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return {
    date: `${get("year")}-${get("month")}-${get("day")}`,
    hour: Number(get("hour")) % 24,
    weekday: WEEKDAYS.indexOf(get("weekday")),
  };
}
