/** Per collector: accounts, touches, touches per account, days from due date to first contact, uncontacted. */
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import type { CollectorActivityRow } from "../api/types";
import { formatNumber } from "../i18n/format";
import { useLocale, useStrings } from "../i18n/strings";

export function ActivityTable(props: { rows: CollectorActivityRow[] }) {
  const a = useStrings().activity;
  const locale = useLocale();
  if (props.rows.length === 0) return <p>{a.noRows}</p>;
  return (
    <Table size="small" aria-label={a.title}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{a.collector}</TableHeaderCell>
          <TableHeaderCell>{a.accounts}</TableHeaderCell>
          <TableHeaderCell>{a.touches}</TableHeaderCell>
          <TableHeaderCell>{a.touchesPerAccount}</TableHeaderCell>
          <TableHeaderCell>{a.firstContact}</TableHeaderCell>
          <TableHeaderCell>{a.uncontacted}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.rows.map((r) => (
          <TableRow key={r.collectorId}>
            <TableCell>{r.name}</TableCell>
            <TableCell>{r.accounts}</TableCell>
            <TableCell>{r.touches}</TableCell>
            <TableCell>{formatNumber(r.touchesPerAccount, locale)}</TableCell>
            <TableCell>{formatNumber(r.avgDaysToFirstContact, locale)}</TableCell>
            <TableCell>
              {r.uncontacted} / {r.invoicesPastDue}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
