/** Payment conversion per sequence step: reminders sent by the step and the share paid within the window. */
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import type { ConversionReport } from "../api/types";
import { formatShare } from "../i18n/format";
import { useLocale, useStrings } from "../i18n/strings";

export function ConversionTable(props: { report: ConversionReport }) {
  const a = useStrings().activity;
  const locale = useLocale();
  return (
    <>
      <p style={{ margin: 0 }}>{a.conversionHint(props.report.windowDays)}</p>
      {props.report.rows.length === 0 ? (
        <p>{a.noRows}</p>
      ) : (
        <Table size="small" aria-label={a.conversion}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{a.sequence}</TableHeaderCell>
              <TableHeaderCell>{a.step}</TableHeaderCell>
              <TableHeaderCell>{a.reminders}</TableHeaderCell>
              <TableHeaderCell>{a.converted}</TableHeaderCell>
              <TableHeaderCell>{a.rate}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {props.report.rows.map((r) => (
              <TableRow key={`${r.sequenceId}|${r.stepId}`}>
                <TableCell>{r.sequenceId}</TableCell>
                <TableCell>{r.label ?? r.stepId}</TableCell>
                <TableCell>{r.reminders}</TableCell>
                <TableCell>{r.converted}</TableCell>
                <TableCell>{formatShare(r.conversion, locale)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
