/** Contact rules for one kind of client: quiet hours, spacing, weekly cap, channels, final-tone wording. */
import { Checkbox, Field, Input, makeStyles, Switch, tokens } from "@fluentui/react-components";
import { STEP_CHANNELS, type ContactRules } from "../../../core/workflow/config/types";
import { useStrings } from "../i18n/strings";

const useStyles = makeStyles({
  group: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
  },
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(200px, 1fr))",
    gap: tokens.spacingHorizontalM,
  },
  row: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
});

export function ContactRulesEditor(props: { title: string; rules: ContactRules; onChange: (r: ContactRules) => void }) {
  const s = useStrings();
  const g = s.guardrails;
  const styles = useStyles();
  const r = props.rules;
  const set = (patch: Partial<ContactRules>) => props.onChange({ ...r, ...patch });
  const num = (label: string, value: number, apply: (n: number) => void, min: number, max: number) => {
    const bad = !Number.isInteger(value) || value < min || value > max;
    return (
      <Field label={label} validationState={bad ? "error" : "none"} validationMessage={bad ? `${min}–${max}` : null}>
        <Input type="number" value={String(value)} onChange={(_, d) => apply(Number(d.value))} />
      </Field>
    );
  };
  return (
    <fieldset className={styles.group}>
      <legend>{props.title}</legend>
      <div className={styles.grid}>
        {num(
          g.quietStart,
          r.quietHours.startHour,
          (startHour) => set({ quietHours: { ...r.quietHours, startHour } }),
          0,
          23,
        )}
        {num(g.quietEnd, r.quietHours.endHour, (endHour) => set({ quietHours: { ...r.quietHours, endHour } }), 0, 23)}
        {num(g.minInterval, r.minIntervalDays, (minIntervalDays) => set({ minIntervalDays }), 0, 365)}
        {num(g.maxPerWeek, r.maxTouchesPer7Days, (maxTouchesPer7Days) => set({ maxTouchesPer7Days }), 0, 50)}
      </div>
      <fieldset style={{ border: "none", padding: 0, margin: 0 }}>
        <legend>{g.channels}</legend>
        <div className={styles.row}>
          {STEP_CHANNELS.map((c) => (
            <Checkbox
              key={c}
              label={s.sequence.channels[c] ?? c}
              checked={r.channels.includes(c)}
              onChange={(_, d) => set({ channels: d.checked ? [...r.channels, c] : r.channels.filter((x) => x !== c) })}
            />
          ))}
        </div>
      </fieldset>
      <Switch label={g.finalTone} checked={r.allowFinalTone} onChange={(_, d) => set({ allowFinalTone: d.checked })} />
    </fieldset>
  );
}
