/**
 * One page of the inventory's accounts as a table. The sortable headers are buttons (Fluent's
 * sortable header cell) and the sorted column states its direction (`aria-sort`); the server sorts.
 * While the next page loads the table is marked busy.
 */
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import { formatDate, formatMoney, formatPercent } from "../i18n/format";
import { useLocale, useStrings } from "../i18n/strings";
import type { Sort, SortKey, ViewRow } from "./inventory-model";

export function InventoryTable(props: {
  rows: ViewRow[];
  sort: Sort;
  onSort: (key: SortKey) => void;
  model: boolean;
  busy?: boolean;
}) {
  const s = useStrings();
  const i = s.inventory;
  const locale = useLocale();
  const head = (key: SortKey, label: string) => {
    const active = props.sort.key === key;
    return (
      <TableHeaderCell
        key={key}
        sortable
        {...(active
          ? { sortDirection: props.sort.dir === "asc" ? ("ascending" as const) : ("descending" as const) }
          : {})}
        onClick={() => props.onSort(key)}
      >
        {label}
      </TableHeaderCell>
    );
  };
  return (
    <div style={{ overflowX: "auto" }}>
      <Table
        size="small"
        sortable
        aria-label={i.title}
        aria-busy={props.busy ? true : undefined}
        style={{ tableLayout: "auto", opacity: props.busy ? 0.6 : 1 }}
      >
        <TableHeader>
          <TableRow>
            {head("name", i.client)}
            {head("collector", i.collector)}
            {head("partner", i.partner)}
            <TableHeaderCell>{i.practiceGroup}</TableHeaderCell>
            {head("balance", i.balance)}
            {head("overdue", i.overdue)}
            {head("daysPastDue", i.daysPastDue)}
            {props.model ? head("score", i.score) : null}
            {props.model ? <TableHeaderCell>{i.segment}</TableHeaderCell> : null}
            {head("nextStep", i.nextAction)}
            {head("lastTouch", i.lastTouch)}
            {head("promises", i.promises)}
            {head("disputes", i.disputes)}
          </TableRow>
        </TableHeader>
        <TableBody>
          {props.rows.map((r) => (
            <TableRow key={`${r.clientId}|${r.currency}`}>
              <TableCell>{r.name}</TableCell>
              <TableCell>{r.collectorName ?? i.unassigned}</TableCell>
              <TableCell>{r.partnerName ?? i.unassigned}</TableCell>
              <TableCell>{r.practiceGroups.join(", ")}</TableCell>
              <TableCell>{formatMoney(r.balanceMinor, r.currency, locale)}</TableCell>
              <TableCell>{formatMoney(r.overdueMinor, r.currency, locale)}</TableCell>
              <TableCell>{r.oldestDaysPastDue}</TableCell>
              {props.model ? (
                <TableCell>{r.p30 === null ? s.common.dash : formatPercent(r.p30, locale)}</TableCell>
              ) : null}
              {props.model ? (
                <TableCell>{r.segment ? (s.segments[r.segment] ?? r.segment) : s.common.dash}</TableCell>
              ) : null}
              <TableCell>
                {r.holdUntil
                  ? i.hold(formatDate(r.holdUntil, locale))
                  : (r.modelAction ??
                    (r.nextStep
                      ? i.step(
                          r.nextStep.label,
                          formatDate(r.nextStep.date, locale),
                          s.sequence.channels[r.nextStep.channel] ?? r.nextStep.channel,
                        )
                      : s.common.dash))}
              </TableCell>
              <TableCell>{r.lastTouch ? formatDate(r.lastTouch.at.slice(0, 10), locale) : i.never}</TableCell>
              <TableCell>
                {r.openPromises}
                {r.brokenPromises ? ` (${i.broken(r.brokenPromises)})` : ""}
              </TableCell>
              <TableCell>{r.openDisputes}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
