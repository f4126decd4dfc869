/**
 * A small line chart of one measure by week, for trends beside a headline figure. Points without a
 * value (no AR that week) break the line rather than drawing it through zero.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { useLocale } from "../i18n/strings";
import { shortDay } from "./chart-scale";

const W = 340;
const H = 120;
const PAD = { left: 40, right: 8, top: 10, bottom: 22 };

const useStyles = makeStyles({
  svg: { width: "100%", height: "auto", maxWidth: `${W}px` },
  line: { fill: "none", stroke: tokens.colorBrandForeground1, strokeWidth: "2px" },
  dot: { fill: tokens.colorBrandForeground1 },
  axis: { fill: tokens.colorNeutralForeground3, fontSize: "10px" },
  grid: { stroke: tokens.colorNeutralStroke2 },
});

export function LineChart(props: {
  title: string;
  summary: string;
  points: { day: string; value: number | null }[];
  format: (v: number) => string;
}) {
  const styles = useStyles();
  const locale = useLocale();
  const titleId = useId();
  const descId = useId();
  const values = props.points.map((p) => p.value).filter((v): v is number => v !== null);
  const lo = values.length ? Math.min(...values) : 0;
  const hi = values.length ? Math.max(...values) : 1;
  const span = hi - lo || Math.max(1, Math.abs(hi) * 0.1);
  const min = lo - span * 0.15;
  const max = hi + span * 0.15;
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (props.points.length <= 1 ? plotW / 2 : (i / (props.points.length - 1)) * plotW);
  const y = (v: number) => PAD.top + plotH - ((v - min) / (max - min)) * plotH;
  const segments: string[] = [];
  let current = "";
  props.points.forEach((p, i) => {
    if (p.value === null) {
      if (current) segments.push(current);
      current = "";
    } else current += `${current ? " L" : "M"}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`;
  });
  if (current) segments.push(current);
  const first = props.points[0];
  const last = props.points[props.points.length - 1];
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className={styles.svg} role="img" aria-labelledby={`${titleId} ${descId}`}>
      <title id={titleId}>{props.title}</title>
      <desc id={descId}>{props.summary}</desc>
      {[min, (min + max) / 2, max].map((t) => (
        <g key={t}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} className={styles.grid} />
          <text x={PAD.left - 4} y={y(t) + 3} textAnchor="end" className={styles.axis}>
            {props.format(t)}
          </text>
        </g>
      ))}
      {segments.map((d) => (
        <path key={d} d={d} className={styles.line} />
      ))}
      {props.points.map((p, i) =>
        p.value === null ? null : <circle key={p.day} cx={x(i)} cy={y(p.value)} r={2.5} className={styles.dot} />,
      )}
      {first ? (
        <text x={x(0)} y={H - 6} textAnchor="start" className={styles.axis}>
          {shortDay(first.day, locale)}
        </text>
      ) : null}
      {last && props.points.length > 1 ? (
        <text x={x(props.points.length - 1)} y={H - 6} textAnchor="end" className={styles.axis}>
          {shortDay(last.day, locale)}
        </text>
      ) : null}
    </svg>
  );
}
