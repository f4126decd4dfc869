/** Display helpers shared by the views: money through core/money, aging lines, instants in UTC. */
import { DEFAULT_BUCKETS } from "../../core/aging/aging";
import { formatMoney } from "../../core/money/money";
import type { AgingLine } from "../cards/models";

export const money = (minor: number, currency: string) => formatMoney(minor, currency);

export function signedMoney(minor: number, currency: string): string {
  return `${minor > 0 ? "+" : minor < 0 ? "-" : "±"}${formatMoney(Math.abs(minor), currency)}`;
}

/** Aging buckets in the firm's standard order, with each bucket's share of the total for the bar. */
export function agingLines(buckets: Record<string, number>, currency: string): AgingLine[] {
  const total = DEFAULT_BUCKETS.reduce((s, b) => s + Math.max(0, buckets[b.id] ?? 0), 0);
  return DEFAULT_BUCKETS.map((b) => {
    const amount = buckets[b.id] ?? 0;
    return { label: b.label, amount: money(amount, currency), share: total > 0 ? Math.max(0, amount) / total : 0 };
  });
}

/** `2026-11-23T10:04:05.000Z` → `2026-11-23 10:04 UTC`: cards show one unambiguous clock. */
export function instant(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

export const firstName = (displayName: string) => displayName.split(" ")[0] ?? displayName;
