/**
 * Display formats. Money formatting, percentages and dates are shared with the task pane (one rounding
 * rule for both pages); this file adds the dashboard's compact forms.
 */
import { formatDate, formatMoney, formatPercent } from "../../../web-shared/format/display-format";

export { formatDate, formatMoney, formatPercent };

/** $1.2M, $350K: for chart axes and tiles where the exact figure sits in the table beside them. */
export function formatCompactMoney(minor: number, currency: string, locale = "en-US"): string {
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency,
    notation: "compact",
    maximumFractionDigits: 1,
  }).format(minor / 100);
}

/** 0.1234 → "12.3%". */
export function formatShare(share: number | null | undefined, locale = "en-US"): string {
  if (share === null || share === undefined) return "—";
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(share);
}

export function formatNumber(n: number | null | undefined, locale = "en-US", digits = 1): string {
  if (n === null || n === undefined || Number.isNaN(n)) return "—";
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(n);
}

/** An ISO instant as a short local date and time ("Nov 23, 2026, 9:14 AM"). */
export function formatInstant(iso: string, locale = "en-US"): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(d);
}
