/**
 * Baseline and impact, the firm's explicit ask: the same measures before Nudge began acting and
 * since, from Nudge's own records, with the method written on the page beside the figures.
 */
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import { useServices } from "../app/services";
import { useLoad } from "../../../web-shared/react/use-load";
import { Loaded } from "../common/Loaded";
import { Region } from "../common/Region";
import { formatDate, formatNumber, formatShare } from "../i18n/format";
import { useLocale, useStrings } from "../i18n/strings";

type Row = [label: string, before: string, after: string, change: string];

function Comparison(props: { label: string; rows: Row[]; head: [string, string] }) {
  const b = useStrings().baseline;
  return (
    <Table size="small" aria-label={props.label}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{props.label}</TableHeaderCell>
          <TableHeaderCell>
            {b.before} ({props.head[0]})
          </TableHeaderCell>
          <TableHeaderCell>
            {b.after} ({props.head[1]})
          </TableHeaderCell>
          <TableHeaderCell>{b.change}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.rows.map(([label, before, after, change]) => (
          <TableRow key={label}>
            <TableCell>{label}</TableCell>
            <TableCell>{before}</TableCell>
            <TableCell>{after}</TableCell>
            <TableCell>{change}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function BaselineView() {
  const s = useStrings();
  const b = s.baseline;
  const locale = useLocale();
  const { api } = useServices();
  const [cycles, retryCycles] = useLoad(() => api.baseline(), []);
  const [shares, retryShares] = useLoad(() => api.baselineShares(), []);
  const n = (v: number | null) => formatNumber(v, locale);
  const signed = (v: number | null) => (v === null ? s.common.dash : `${v > 0 ? "+" : ""}${formatNumber(v, locale)}`);
  const pts = (v: number | null) =>
    v === null ? s.common.dash : `${v > 0 ? "+" : ""}${formatNumber(v * 100, locale)} pts`;
  const win = (p: { from: string; to: string }) => b.window(formatDate(p.from, locale), formatDate(p.to, locale));
  return (
    <Region title={b.title}>
      <Loaded value={cycles} onRetry={retryCycles}>
        {(r) => (
          <>
            <p style={{ margin: 0 }}>{b.since(formatDate(r.nudgeStartDate, locale))}</p>
            <Comparison
              label={b.cycle}
              head={[win(r.before), win(r.after)]}
              rows={[
                [b.cycle, n(r.before.avgCycleDays), n(r.after.avgCycleDays), signed(r.change.avgCycleDays)],
                [b.medianCycle, n(r.before.medianCycleDays), n(r.after.medianCycleDays), s.common.dash],
                [b.daysToPay, n(r.before.avgDaysToPay), n(r.after.avgDaysToPay), signed(r.change.avgDaysToPay)],
                [b.daysLate, n(r.before.avgDaysLate), n(r.after.avgDaysLate), signed(r.change.avgDaysLate)],
                [b.touchesPerCycle, n(r.before.touchesPerCycle), n(r.after.touchesPerCycle), s.common.dash],
                [b.paid, String(r.before.paid), String(r.after.paid), s.common.dash],
                [b.cycles, String(r.before.cycles), String(r.after.cycles), s.common.dash],
              ]}
            />
            <p style={{ margin: 0 }}>
              <strong>{b.method}:</strong> {b.cycleMethod}
            </p>
          </>
        )}
      </Loaded>
      <Loaded value={shares} onRetry={retryShares}>
        {(r) => (
          <>
            <Comparison
              label={b.shares}
              head={[win(r.before), win(r.after)]}
              rows={[
                [
                  b.over30,
                  formatShare(r.before.over30, locale),
                  formatShare(r.after.over30, locale),
                  pts(r.change.over30),
                ],
                [
                  b.over60,
                  formatShare(r.before.over60, locale),
                  formatShare(r.after.over60, locale),
                  pts(r.change.over60),
                ],
                [
                  b.over90,
                  formatShare(r.before.over90, locale),
                  formatShare(r.after.over90, locale),
                  pts(r.change.over90),
                ],
              ]}
            />
            <p style={{ margin: 0 }}>
              <strong>{b.method}:</strong> {b.sharesMethod}
            </p>
          </>
        )}
      </Loaded>
    </Region>
  );
}
