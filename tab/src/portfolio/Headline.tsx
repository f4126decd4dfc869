/** The portfolio's headline tiles: AR, overdue AR, shares over 60/90, DSO, CEI, escalations, expected cash. */
import type { Loadable } from "../../../web-shared/react/use-load";
import type { AgingReport, EscalationsOverview, PortfolioTrendReport } from "../api/types";
import { Loaded } from "../common/Loaded";
import { Tile, TileRow } from "../common/Tile";
import { formatMoney, formatNumber, formatShare } from "../i18n/format";
import { useLocale, useStrings } from "../i18n/strings";
import { agingHeadline, latestWithChange } from "./figures";

const signed = (n: number, locale: string) => `${n > 0 ? "+" : ""}${formatNumber(n, locale)}`;

export function Headline(props: {
  aging: Loadable<AgingReport>;
  trend: Loadable<PortfolioTrendReport>;
  escalations: Loadable<EscalationsOverview>;
}) {
  const s = useStrings();
  const locale = useLocale();
  const p = s.portfolio;
  return (
    <TileRow>
      <Loaded value={props.aging} what={p.totalAr}>
        {(report) => {
          const h = agingHeadline(report);
          const money = (m: number) => (h ? formatMoney(m, h.currency, locale) : s.common.dash);
          return (
            <>
              <Tile label={p.totalAr} value={money(h?.totalMinor ?? 0)} note={s.common.asOf(report.asOf)} />
              <Tile label={p.overdueAr} value={money(h?.overdueMinor ?? 0)} />
              <Tile label={p.over60} value={formatShare(h?.over60, locale)} />
              <Tile label={p.over90} value={formatShare(h?.over90, locale)} />
            </>
          );
        }}
      </Loaded>
      <Loaded value={props.trend} what={p.dsoShort}>
        {(trend) => {
          const dso = latestWithChange(trend.points.map((x) => x.dsoDays));
          const cei = latestWithChange(trend.points.map((x) => x.ceiPercent));
          const note = (c: number | null) => (c === null ? undefined : p.change(signed(c, locale), 4));
          return (
            <>
              <Tile
                label={p.dso}
                value={dso.latest === null ? s.common.dash : p.days(formatNumber(dso.latest, locale))}
                note={note(dso.change)}
              />
              <Tile
                label={p.cei}
                value={cei.latest === null ? s.common.dash : p.percent(formatNumber(cei.latest, locale))}
                note={note(cei.change)}
              />
            </>
          );
        }}
      </Loaded>
      <Loaded value={props.escalations} what={p.escalationsPending}>
        {(o) => (
          <Tile
            label={p.escalationsPending}
            value={String(o.pendingTotal)}
            note={p.escalationsNote(Math.max(0, ...o.byPartner.map((q) => q.oldestAgeDays)))}
          />
        )}
      </Loaded>
    </TileRow>
  );
}
