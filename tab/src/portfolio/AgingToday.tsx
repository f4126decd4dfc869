/** Today's aging by collector: a row per collector, a column per bucket, and the firm's totals. */
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import type { AgingReport } from "../api/types";
import { formatMoney } from "../i18n/format";
import { useLocale, useStrings } from "../i18n/strings";

export function AgingToday(props: { report: AgingReport }) {
  const s = useStrings();
  const locale = useLocale();
  const { buckets, rows, totals } = props.report;
  const money = (m: number, c: string) => formatMoney(m, c, locale);
  return (
    <div style={{ overflowX: "auto" }}>
      <Table size="small" aria-label={s.portfolio.agingToday}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{s.portfolio.collector}</TableHeaderCell>
            {buckets.map((b) => (
              <TableHeaderCell key={b.id}>{s.buckets[b.id] ?? b.label}</TableHeaderCell>
            ))}
            <TableHeaderCell>{s.common.total}</TableHeaderCell>
            <TableHeaderCell>{s.portfolio.invoices}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {[...rows, ...totals].map((r) => (
            <TableRow key={`${r.key}|${r.currency}`}>
              <TableCell>
                {r.key === "total" ? s.common.total : r.key === "(unassigned)" ? s.inventory.unassigned : r.label}
              </TableCell>
              {buckets.map((b) => (
                <TableCell key={b.id}>{money(r.buckets[b.id] ?? 0, r.currency)}</TableCell>
              ))}
              <TableCell>
                <strong>{money(r.totalMinor, r.currency)}</strong>
              </TableCell>
              <TableCell>{r.invoiceCount}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
