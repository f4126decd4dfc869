/** DSO and CEI by week, as two line charts whose exact values are in the trend's data table. */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Loadable } from "../../../web-shared/react/use-load";
import type { PortfolioTrendReport } from "../api/types";
import { Loaded } from "../common/Loaded";
import { Region } from "../common/Region";
import { formatNumber } from "../i18n/format";
import { useLocale, useStrings } from "../i18n/strings";
import { LineChart } from "./LineChart";

const useStyles = makeStyles({
  pair: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(260px, 1fr))",
    gap: tokens.spacingHorizontalL,
  },
  label: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

export function MeasuresRegion(props: { trend: Loadable<PortfolioTrendReport> }) {
  const s = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const p = s.portfolio;
  return (
    <Region title={p.measuresTrend}>
      <Loaded value={props.trend}>
        {(t) => {
          const series = (pick: (x: PortfolioTrendReport["points"][number]) => number | null) =>
            t.points.map((x) => ({ day: x.asOf, value: pick(x) }));
          const dso = series((x) => x.dsoDays);
          const cei = series((x) => x.ceiPercent);
          const fmt = (v: number | null | undefined) =>
            v === null || v === undefined ? s.common.dash : formatNumber(v, locale);
          return (
            <div className={styles.pair}>
              <div>
                <h3 className={styles.label}>{p.dsoTrend}</h3>
                <LineChart
                  title={p.dsoTrend}
                  summary={p.lineSummary(p.dsoShort, p.days(fmt(dso[0]?.value)), p.days(fmt(dso.at(-1)?.value)))}
                  points={dso}
                  format={(v) => formatNumber(v, locale, 0)}
                />
              </div>
              <div>
                <h3 className={styles.label}>{p.ceiTrend}</h3>
                <LineChart
                  title={p.ceiTrend}
                  summary={p.lineSummary(p.ceiShort, p.percent(fmt(cei[0]?.value)), p.percent(fmt(cei.at(-1)?.value)))}
                  points={cei}
                  format={(v) => `${formatNumber(v, locale, 0)}%`}
                />
              </div>
            </div>
          );
        }}
      </Loaded>
    </Region>
  );
}
