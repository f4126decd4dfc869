/** Quality flags on comments: per author, how many notes and call logs were empty or a single word. */
import { Badge, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import type { CommentQualityRow } from "../api/types";
import { formatDate, formatShare } from "../i18n/format";
import { useLocale, useStrings } from "../i18n/strings";

export function QualityTable(props: { rows: CommentQualityRow[] }) {
  const a = useStrings().activity;
  const locale = useLocale();
  return (
    <>
      <p style={{ margin: 0 }}>{a.qualityHint}</p>
      {props.rows.length === 0 ? (
        <p>{a.noComments}</p>
      ) : (
        <Table size="small" aria-label={a.quality}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{a.author}</TableHeaderCell>
              <TableHeaderCell>{a.comments}</TableHeaderCell>
              <TableHeaderCell>{a.empty}</TableHeaderCell>
              <TableHeaderCell>{a.oneWord}</TableHeaderCell>
              <TableHeaderCell>{a.flagged}</TableHeaderCell>
              <TableHeaderCell>{a.examples}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {props.rows.map((r) => (
              <TableRow key={r.actorId}>
                <TableCell>{r.name}</TableCell>
                <TableCell>{r.comments}</TableCell>
                <TableCell>{r.empty}</TableCell>
                <TableCell>{r.oneWord}</TableCell>
                <TableCell>
                  <Badge appearance="tint" color={(r.flaggedShare ?? 0) > 0.2 ? "danger" : "informative"}>
                    {formatShare(r.flaggedShare, locale)}
                  </Badge>
                </TableCell>
                <TableCell>
                  {r.examples.slice(0, 3).map((e) => (
                    <div key={e.id}>
                      {formatDate(e.at.slice(0, 10), locale)} · {e.clientId} · “{e.summary}”
                    </div>
                  ))}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
