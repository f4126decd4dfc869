/**
 * The instant a run acts at. For today it is now; for another day (a catch-up or a simulation) it is
 * that day at the current time of day, so audit records land on the day the run is for.
 */
import type { IsoDate, IsoInstant } from "../../domain/types";

export function runInstantFor(asOf: IsoDate, nowIso: IsoInstant): IsoInstant {
  return nowIso.startsWith(asOf) ? nowIso : `${asOf}${nowIso.slice(10)}`;
}
