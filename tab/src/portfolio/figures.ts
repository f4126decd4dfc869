/**
 * Headline figures read off the live aging report: overdue AR and the shares over 60/90 days are
 * sums of buckets (a bucket's lower bound is 61 / 91 days past due, exactly "more than 60 / 90").
 */
import type { AgingReport } from "../api/types";

export interface AgingHeadline {
  currency: string;
  totalMinor: number;
  overdueMinor: number;
  over60: number | null;
  over90: number | null;
  invoiceCount: number;
}

const OVER_60 = ["d61_90", "d91_120", "d120_plus"];
const OVER_90 = ["d91_120", "d120_plus"];

/** The firm's main currency row (the largest total), so a stray foreign invoice never hides the rest. */
export function agingHeadline(report: AgingReport): AgingHeadline | null {
  const row = [...report.totals].sort((a, b) => b.totalMinor - a.totalMinor)[0];
  if (!row) return null;
  const sum = (ids: string[]) => ids.reduce((s, id) => s + (row.buckets[id] ?? 0), 0);
  const share = (ids: string[]) => (row.totalMinor > 0 ? sum(ids) / row.totalMinor : null);
  return {
    currency: row.currency,
    totalMinor: row.totalMinor,
    overdueMinor: row.totalMinor - (row.buckets.current ?? 0),
    over60: share(OVER_60),
    over90: share(OVER_90),
    invoiceCount: row.invoiceCount,
  };
}

/** Latest value and its change against `weeksBack` points earlier (null when either is missing). */
export function latestWithChange(
  values: (number | null)[],
  weeksBack = 4,
): { latest: number | null; change: number | null } {
  const latest = values[values.length - 1] ?? null;
  const earlier = values[values.length - 1 - weeksBack] ?? null;
  return {
    latest,
    change: latest === null || earlier === null ? null : Math.round((latest - earlier) * 10) / 10,
  };
}
