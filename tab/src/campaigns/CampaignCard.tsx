/** One campaign: progress against its target, whether it is on the straight-line path, and its calendar. */
import {
  Badge,
  Button,
  ProgressBar,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { CampaignRow } from "../api/types";
import { Region } from "../common/Region";
import { Tile, TileRow } from "../common/Tile";
import { formatDate, formatMoney, formatShare } from "../i18n/format";
import { useLocale, useStrings } from "../i18n/strings";

export function CampaignCard(props: { campaign: CampaignRow; onCancel: () => void }) {
  const s = useStrings();
  const c = s.campaigns;
  const locale = useLocale();
  const x = props.campaign;
  const p = x.progress;
  const money = (m: number) => formatMoney(m, x.currency, locale);
  const state =
    x.status === "cancelled"
      ? c.cancelled
      : p.phase === "upcoming"
        ? c.upcoming
        : p.phase === "ended"
          ? c.ended
          : p.onTrack
            ? c.onTrack
            : c.behind;
  return (
    <Region
      title={x.name}
      level={3}
      aside={`${c.types[x.type] ?? x.type} · ${formatDate(x.startDate, locale)} – ${formatDate(x.endDate, locale)}`}
    >
      <TileRow>
        <Tile label={c.collected} value={money(p.collectedMinor)} note={c.progress(formatShare(p.progress, locale))} />
        <Tile
          label={c.target}
          value={money(x.targetMinor)}
          note={c.daysLeft(Math.max(0, p.daysTotal - p.daysElapsed))}
        />
      </TileRow>
      <ProgressBar
        value={Math.min(1, p.progress)}
        thickness="large"
        aria-label={c.progress(formatShare(p.progress, locale))}
      />
      <div>
        <Badge appearance="tint" color={x.status === "cancelled" ? "subtle" : p.onTrack ? "success" : "warning"}>
          {state}
        </Badge>
      </div>
      <Table size="small" aria-label={`${c.calendar}: ${x.name}`}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{c.weekOf}</TableHeaderCell>
            <TableHeaderCell>{c.weekCollected}</TableHeaderCell>
            <TableHeaderCell>{c.cumulative}</TableHeaderCell>
            <TableHeaderCell>{c.path}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {p.weeks.map((w) => (
            <TableRow key={w.from}>
              <TableCell>
                {formatDate(w.from, locale)} – {formatDate(w.to, locale)}
              </TableCell>
              <TableCell>{money(w.collectedMinor)}</TableCell>
              <TableCell>{money(w.cumulativeMinor)}</TableCell>
              <TableCell>{money(w.pathMinor)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {x.status === "active" ? (
        <div>
          <Button onClick={props.onCancel}>{c.cancel}</Button>
        </div>
      ) : null}
    </Region>
  );
}
