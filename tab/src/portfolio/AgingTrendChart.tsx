/**
 * AR by aging bucket at each weekly point, as stacked columns. The SVG carries a title and a
 * summary sentence for screen readers; the exact figures are in the data table the button shows.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { PortfolioTrendReport } from "../api/types";
import { formatCompactMoney, formatMoney } from "../i18n/format";
import { useLocale, useStrings } from "../i18n/strings";
import { bucketColor } from "./bucket-colors";
import { niceMax, shortDay, ticks } from "./chart-scale";
import { TrendTable } from "./TrendTable";

const W = 720;
const H = 260;
const PAD = { left: 64, right: 12, top: 12, bottom: 28 };

const useStyles = makeStyles({
  svg: { width: "100%", height: "auto", maxWidth: `${W}px` },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    listStyle: "none",
    padding: 0,
    margin: 0,
  },
  swatch: { display: "inline-block", width: "12px", height: "12px", marginRight: tokens.spacingHorizontalXS },
  axis: { fill: tokens.colorNeutralForeground3, fontSize: "11px" },
  grid: { stroke: tokens.colorNeutralStroke2 },
});

export function AgingTrendChart(props: { report: PortfolioTrendReport }) {
  const s = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const titleId = useId();
  const descId = useId();
  const [table, setTable] = useState(false);
  const { points, buckets, currency } = props.report;
  const max = niceMax(Math.max(0, ...points.map((p) => p.totalMinor)));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(1, points.length);
  const y = (v: number) => PAD.top + plotH - (v / max) * plotH;
  const first = points[0];
  const last = points[points.length - 1];
  const money = (m: number) => formatMoney(m, currency, locale);
  return (
    <div>
      <svg viewBox={`0 0 ${W} ${H}`} className={styles.svg} role="img" aria-labelledby={`${titleId} ${descId}`}>
        <title id={titleId}>{s.portfolio.trendTitle(points.length)}</title>
        <desc id={descId}>
          {first && last
            ? s.portfolio.trendSummary(first.asOf, last.asOf, money(first.totalMinor), money(last.totalMinor))
            : ""}
        </desc>
        {ticks(max).map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} className={styles.grid} />
            <text x={PAD.left - 6} y={y(t) + 4} textAnchor="end" className={styles.axis}>
              {formatCompactMoney(t, currency, locale)}
            </text>
          </g>
        ))}
        {points.map((p, i) => {
          let base = 0;
          const x = PAD.left + i * slot + slot * 0.15;
          return (
            <g key={p.asOf}>
              {buckets.map((b) => {
                const v = p.buckets[b.id] ?? 0;
                const top = y(base + v);
                const h = y(base) - top;
                base += v;
                return v > 0 ? (
                  <rect key={b.id} x={x} y={top} width={slot * 0.7} height={h} fill={bucketColor(b.id)} />
                ) : null;
              })}
              <text x={x + slot * 0.35} y={H - 8} textAnchor="middle" className={styles.axis}>
                {shortDay(p.asOf, locale)}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className={styles.legend} aria-label={s.portfolio.aging}>
        {buckets.map((b) => (
          <li key={b.id}>
            <span className={styles.swatch} style={{ background: bucketColor(b.id) }} aria-hidden="true" />
            {s.buckets[b.id] ?? b.label}
          </li>
        ))}
      </ul>
      <Button appearance="subtle" size="small" aria-expanded={table} onClick={() => setTable((t) => !t)}>
        {table ? s.common.hideTable : s.common.showTable}
      </Button>
      {table ? <TrendTable report={props.report} /> : null}
    </div>
  );
}
