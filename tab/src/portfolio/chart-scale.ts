/** Axis arithmetic for the dashboard's SVG charts: a "nice" upper bound and evenly spaced ticks. */

/**
 * The smallest 1, 2, 4, 6 or 8 × 10^k at or above `max`: a quarter of each is a round figure, so the
 * four gridlines read as $200K, $400K… rather than $187.5K.
 */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 4, 6, 8, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

export function ticks(max: number, count = 4): number[] {
  return Array.from({ length: count + 1 }, (_, k) => (max * k) / count);
}

/** "2026-11-23" → "Nov 23" for axis labels. */
export function shortDay(iso: string, locale = "en-US"): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { month: "short", day: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}
