/** The counts a daily run reports: how many invoices were acted on, paused, skipped (and why) or not due yet. */
export interface DayTally {
  openInvoices: number;
  notDue: number;
  paused: number;
  skipped: number;
  pauseReasons: Record<string, number>;
  skipReasons: Record<string, number>;
}

export function emptyTally(openInvoices: number): DayTally {
  return { openInvoices, notDue: 0, paused: 0, skipped: 0, pauseReasons: {}, skipReasons: {} };
}

export function tallySkip(tally: DayTally, reason: string, count = 1): void {
  tally.skipped += count;
  tally.skipReasons[reason] = (tally.skipReasons[reason] ?? 0) + count;
}
