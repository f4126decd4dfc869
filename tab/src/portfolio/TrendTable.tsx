/** The trend's exact figures: one row per weekly point, a column per bucket, total, DSO and CEI. */
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import type { PortfolioTrendReport } from "../api/types";
import { formatDate, formatMoney, formatNumber } from "../i18n/format";
import { useLocale, useStrings } from "../i18n/strings";

export function TrendTable(props: { report: PortfolioTrendReport }) {
  const s = useStrings();
  const locale = useLocale();
  const { points, buckets, currency } = props.report;
  return (
    <div style={{ overflowX: "auto" }}>
      <Table size="small" aria-label={s.portfolio.trendTitle(points.length)}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{s.portfolio.week}</TableHeaderCell>
            {buckets.map((b) => (
              <TableHeaderCell key={b.id}>{s.buckets[b.id] ?? b.label}</TableHeaderCell>
            ))}
            <TableHeaderCell>{s.common.total}</TableHeaderCell>
            <TableHeaderCell>{s.portfolio.dsoShort}</TableHeaderCell>
            <TableHeaderCell>{s.portfolio.ceiShort}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {points.map((p) => (
            <TableRow key={p.asOf}>
              <TableCell>{formatDate(p.asOf, locale)}</TableCell>
              {buckets.map((b) => (
                <TableCell key={b.id}>{formatMoney(p.buckets[b.id] ?? 0, currency, locale)}</TableCell>
              ))}
              <TableCell>{formatMoney(p.totalMinor, currency, locale)}</TableCell>
              <TableCell>{formatNumber(p.dsoDays, locale)}</TableCell>
              <TableCell>{p.ceiPercent === null ? s.common.dash : `${formatNumber(p.ceiPercent, locale)}%`}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
