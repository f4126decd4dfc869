/** Pending escalations by partner with the oldest age, decisions this week, and write-offs this week. */
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import type { EscalationsOverview } from "../api/types";
import { Tile, TileRow } from "../common/Tile";
import { formatDate, formatMoney } from "../i18n/format";
import { useLocale, useStrings } from "../i18n/strings";
import { Region } from "../common/Region";

export function EscalationOverview(props: { overview: EscalationsOverview; currency: string }) {
  const e = useStrings().escalations;
  const locale = useLocale();
  const o = props.overview;
  const money = (m: number) => formatMoney(m, props.currency, locale);
  return (
    <>
      <Region title={e.byPartner} level={3}>
        {o.byPartner.length === 0 ? (
          <p>{e.none}</p>
        ) : (
          <Table size="small" aria-label={e.byPartner}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{e.partner}</TableHeaderCell>
                <TableHeaderCell>{e.pending}</TableHeaderCell>
                <TableHeaderCell>{e.amount}</TableHeaderCell>
                <TableHeaderCell>{e.oldest}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {o.byPartner.map((q) => (
                <TableRow key={q.partnerId}>
                  <TableCell>{q.name}</TableCell>
                  <TableCell>{q.pending}</TableCell>
                  <TableCell>{money(q.amountMinor)}</TableCell>
                  <TableCell>{q.oldestAgeDays}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Region>
      <Region title={e.decidedThisWeek} level={3} aside={e.weekFrom(formatDate(o.weekStart, locale))}>
        <TileRow>
          <Tile label={e.decidedThisWeek} value={String(o.decidedThisWeek.total)} />
          {Object.entries(o.decidedThisWeek.byOption).map(([option, n]) => (
            <Tile key={option} label={e.options[option] ?? option} value={String(n)} />
          ))}
        </TileRow>
      </Region>
      <Region title={e.writeOffs} level={3}>
        <TileRow>
          <Tile
            label={e.requested}
            value={String(o.writeOffs.requestedThisWeek.count)}
            note={money(o.writeOffs.requestedThisWeek.amountMinor)}
          />
          <Tile
            label={e.approved}
            value={String(o.writeOffs.approvedThisWeek.count)}
            note={money(o.writeOffs.approvedThisWeek.amountMinor)}
          />
          <Tile
            label={e.writeOffsPending}
            value={String(o.writeOffs.pending.count)}
            note={money(o.writeOffs.pending.amountMinor)}
          />
        </TileRow>
      </Region>
    </>
  );
}
