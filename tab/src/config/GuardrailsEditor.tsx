/** Send guardrails: business days, holidays, what happens on a non-business day, and contact rules per kind of client. */
import { Checkbox, Field, makeStyles, Select, Textarea, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { isIsoDate } from "../../../core/domain/dates";
import type { WorkflowConfig } from "../api/types";
import { useStrings } from "../i18n/strings";
import { ContactRulesEditor } from "./ContactRulesEditor";

const useStyles = makeStyles({
  col: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  row: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
});

export function GuardrailsEditor(props: { config: WorkflowConfig; onChange: (c: WorkflowConfig) => void }) {
  const g = useStrings().guardrails;
  const styles = useStyles();
  const rails = props.config.guardrails;
  const set = (patch: Partial<typeof rails>) => props.onChange({ ...props.config, guardrails: { ...rails, ...patch } });
  const [holidays, setHolidays] = useState(rails.holidays.join("\n"));
  const typed = holidays.split(/\s+/).filter(Boolean);
  const bad = typed.filter((d) => !isIsoDate(d));
  return (
    <div className={styles.col}>
      <fieldset style={{ border: "none", padding: 0, margin: 0 }}>
        <legend>{g.weekend}</legend>
        <div className={styles.row}>
          {g.weekdays.map((name, day) => (
            <Checkbox
              key={name}
              label={name}
              checked={rails.weekendDays.includes(day)}
              onChange={(_, d) =>
                set({
                  weekendDays: d.checked
                    ? [...rails.weekendDays, day].sort()
                    : rails.weekendDays.filter((x) => x !== day),
                })
              }
            />
          ))}
        </div>
      </fieldset>
      <Field
        label={g.holidays}
        validationState={bad.length ? "error" : "none"}
        validationMessage={bad.length ? g.badDates(bad.join(", ")) : null}
      >
        <Textarea
          value={holidays}
          rows={6}
          onChange={(_, d) => {
            setHolidays(d.value);
            set({ holidays: d.value.split(/\s+/).filter(Boolean) });
          }}
        />
      </Field>
      <Field label={g.nonBusinessDay}>
        <Select
          value={rails.nonBusinessDay}
          onChange={(_, d) => set({ nonBusinessDay: d.value as typeof rails.nonBusinessDay })}
        >
          <option value="defer-send">{g.deferSend}</option>
          <option value="skip-day">{g.skipDay}</option>
        </Select>
      </Field>
      <ContactRulesEditor title={g.business} rules={rails.business} onChange={(business) => set({ business })} />
      <ContactRulesEditor title={g.consumer} rules={rails.consumer} onChange={(consumer) => set({ consumer })} />
      <p style={{ margin: 0 }}>{g.optOuts}</p>
    </div>
  );
}
