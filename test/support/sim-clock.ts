/**
 * A settable clock for end-to-end stories: swaps the Functions app's clock (compose `setDeps`) so
 * every route, action and the daily run act on the simulated day. The local host runs in the test's
 * process, so it sees the same composition root.
 */
import { getDeps, setDeps } from "../../functions/compose";
import { addDays } from "../../core/domain/dates";
import type { IsoDate } from "../../core/domain/types";

export interface SimClock {
  day(offset: number): IsoDate;
  /** Moves the app to `day(offset)` at `hourUtc`:00 UTC. */
  set(offset: number, hourUtc?: number): Promise<void>;
  restore(): void;
}

export async function simClock(start: IsoDate): Promise<SimClock> {
  const real = await getDeps();
  let current = new Date(`${start}T14:00:00.000Z`);
  setDeps({ ...real, now: () => new Date(current), today: () => current.toISOString().slice(0, 10) });
  return {
    day: (offset) => addDays(start, offset),
    async set(offset, hourUtc = 14) {
      current = new Date(`${addDays(start, offset)}T${String(hourUtc).padStart(2, "0")}:00:00.000Z`);
    },
    restore: () => setDeps(real),
  };
}
