/**
 * The "Aging" region: today's aging by collector (live, read first so the page is useful at once)
 * and the 12-week trend chart (a report kept for up to an hour, with when it was computed).
 */
import { Button } from "@fluentui/react-components";
import type { Loadable } from "../../../web-shared/react/use-load";
import type { AgingReport, PortfolioTrendReport } from "../api/types";
import { Loaded } from "../common/Loaded";
import { Region } from "../common/Region";
import { formatInstant } from "../i18n/format";
import { useLocale, useStrings } from "../i18n/strings";
import { AgingToday } from "./AgingToday";
import { AgingTrendChart } from "./AgingTrendChart";

export function AgingRegion(props: {
  aging: Loadable<AgingReport>;
  trend: Loadable<PortfolioTrendReport>;
  onRetryAging: () => void;
  onRecompute: () => void;
}) {
  const s = useStrings();
  const locale = useLocale();
  const trend = props.trend;
  return (
    <Region
      title={s.portfolio.aging}
      aside={trend.state === "ok" ? s.common.computedAt(formatInstant(trend.value.computedAt, locale)) : undefined}
    >
      <Loaded value={props.aging} onRetry={props.onRetryAging}>
        {(report) => <AgingToday report={report} />}
      </Loaded>
      <Loaded value={trend} onRetry={props.onRecompute} what={s.portfolio.trendTitle(12)}>
        {(t) => (
          <>
            <AgingTrendChart report={t} />
            {t.excludedInvoices > 0 ? <p>{s.portfolio.otherCurrencies(t.excludedInvoices)}</p> : null}
            <p style={{ margin: 0 }}>
              <small>
                {s.portfolio.methodText} {s.common.cachedNote}
              </small>{" "}
              <Button size="small" appearance="subtle" onClick={props.onRecompute}>
                {s.common.refresh}
              </Button>
            </p>
          </>
        )}
      </Loaded>
    </Region>
  );
}
