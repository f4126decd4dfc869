/** Collector activity: touches and first contact per collector, conversion per sequence step, comment quality. */
import { useState } from "react";
import { useServices } from "../app/services";
import { useLoad } from "../../../web-shared/react/use-load";
import { Loaded } from "../common/Loaded";
import { PeriodPicker, type PeriodDays, periodOf } from "../common/PeriodPicker";
import { Region } from "../common/Region";
import { useStrings } from "../i18n/strings";
import { ActivityTable } from "./ActivityTable";
import { ConversionTable } from "./ConversionTable";
import { QualityTable } from "./QualityTable";

export function ActivityView() {
  const a = useStrings().activity;
  const { api } = useServices();
  const [days, setDays] = useState<PeriodDays>(90);
  const period = periodOf(days);
  const [activity, retryActivity] = useLoad(() => api.collectorActivity(period), [period.from, period.to]);
  const [conversion, retryConversion] = useLoad(() => api.sequenceConversion(period), [period.from, period.to]);
  const [quality, retryQuality] = useLoad(() => api.commentQuality(period), [period.from, period.to]);
  return (
    <>
      <Region title={a.title} aside={a.period(period.from, period.to)}>
        <PeriodPicker days={days} onChange={setDays} label={a.periodLabel} />
        <Loaded value={activity} onRetry={retryActivity}>
          {(r) => <ActivityTable rows={r.rows} />}
        </Loaded>
      </Region>
      <Region title={a.conversion}>
        <Loaded value={conversion} onRetry={retryConversion}>
          {(r) => <ConversionTable report={r} />}
        </Loaded>
      </Region>
      <Region title={a.quality}>
        <Loaded value={quality} onRetry={retryQuality}>
          {(r) => <QualityTable rows={r.rows} />}
        </Loaded>
      </Region>
    </>
  );
}
