/**
 * Portfolio at a glance. Today's aging is live and read first; the weekly trend (DSO, CEI, buckets)
 * is a report that replays the ledger and may take seconds on a cold start, so it loads after it.
 */
import { useCallback, useState } from "react";
import { useServices } from "../app/services";
import { useLoad } from "../../../web-shared/react/use-load";
import { Region } from "../common/Region";
import { useStrings } from "../i18n/strings";
import { AgingRegion } from "./AgingRegion";
import { ExpectedCash } from "./ExpectedCash";
import { Headline } from "./Headline";
import { MeasuresRegion } from "./MeasuresRegion";

export function PortfolioView() {
  const s = useStrings();
  const { api } = useServices();
  const [refresh, setRefresh] = useState(0);
  const [aging, retryAging] = useLoad(() => api.aging("collector"), []);
  const [escalations] = useLoad(() => api.escalationsOverview(), []);
  // Today's aging comes first: the trend (which may have to replay the whole ledger when it is not kept
  // yet) and the model's forecast are asked once it is on screen, so they never hold it up on one server.
  const agingDone = aging.state !== "loading";
  const [trend] = useLoad(agingDone ? () => api.trend(12, refresh > 0) : null, [agingDone, refresh]);
  const [cash] = useLoad(agingDone ? () => api.expectedCash() : null, [agingDone]);
  const recompute = useCallback(() => setRefresh((n) => n + 1), []);
  return (
    <>
      <Region title={s.portfolio.glance}>
        <Headline aging={aging} trend={trend} escalations={escalations} />
        <ExpectedCash cash={cash} />
      </Region>
      <AgingRegion aging={aging} trend={trend} onRetryAging={retryAging} onRecompute={recompute} />
      <MeasuresRegion trend={trend} />
    </>
  );
}
