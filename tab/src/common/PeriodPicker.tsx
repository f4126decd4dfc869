/** The reporting period of a view: the last 30, 90 or 180 days ending today (the user's calendar day). */
import { Field, Select } from "@fluentui/react-components";
import { addDays } from "../../../core/domain/dates";
import { localToday } from "../../../web-shared/calendar/local-today";
import { useStrings } from "../i18n/strings";

export const PERIODS = [30, 90, 180] as const;
export type PeriodDays = (typeof PERIODS)[number];

export function periodOf(days: PeriodDays, today = localToday()): { from: string; to: string } {
  return { from: addDays(today, -(days - 1)), to: today };
}

export function PeriodPicker(props: { days: PeriodDays; onChange: (d: PeriodDays) => void; label: string }) {
  const s = useStrings();
  return (
    <Field label={props.label} orientation="horizontal" size="small">
      <Select value={String(props.days)} onChange={(_, d) => props.onChange(Number(d.value) as PeriodDays)}>
        {PERIODS.map((d) => (
          <option key={d} value={d}>
            {s.activity.lastDays(d)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
