/**
 * Payment terms: the firm's default (or the billing system's own due dates) and per-client and
 * per-matter terms, with an example due date so the effect is visible before review.
 */
import { Button, Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { dueDateFor } from "../../../core/workflow/config/terms";
import type { PaymentTerms } from "../../../core/workflow/config/types";
import type { WorkflowConfig } from "../api/types";
import { formatDate } from "../i18n/format";
import { useLocale, useStrings } from "../i18n/strings";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap", alignItems: "end" },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

function TermsInput(props: {
  label: string;
  value: PaymentTerms | null;
  allowNone: boolean;
  onChange: (t: PaymentTerms | null) => void;
}) {
  const t = useStrings().terms;
  const styles = useStyles();
  const kind = props.value?.kind ?? "none";
  return (
    <fieldset className={styles.row} style={{ border: "none", padding: 0, margin: 0 }}>
      <legend style={{ position: "absolute", left: "-10000px" }}>{props.label}</legend>
      <Field label={`${props.label}: ${t.kind}`}>
        <Select
          value={kind}
          onChange={(_, d) =>
            props.onChange(
              d.value === "none" ? null : { kind: d.value as "net" | "eom", days: props.value?.days ?? 30 },
            )
          }
        >
          {props.allowNone ? <option value="none">{t.useBilling}</option> : null}
          <option value="net">{t.net}</option>
          <option value="eom">{t.eom}</option>
        </Select>
      </Field>
      {props.value ? (
        <Field label={`${props.label}: ${t.days}`}>
          <Input
            type="number"
            value={String(props.value.days)}
            onChange={(_, d) => props.onChange({ ...props.value!, days: Number(d.value) })}
          />
        </Field>
      ) : null}
    </fieldset>
  );
}

function Overrides(props: {
  title: string;
  idLabel: string;
  map: Record<string, PaymentTerms>;
  onChange: (m: Record<string, PaymentTerms>) => void;
}) {
  const s = useStrings();
  const styles = useStyles();
  const [id, setId] = useState("");
  return (
    <section className={styles.list} aria-label={props.title}>
      <h3 style={{ margin: 0 }}>{props.title}</h3>
      {Object.entries(props.map).map(([key, terms]) => (
        <div key={key} className={styles.row}>
          <TermsInput
            label={key}
            value={terms}
            allowNone={false}
            onChange={(t) => t && props.onChange({ ...props.map, [key]: t })}
          />
          <Button
            size="small"
            onClick={() => props.onChange(Object.fromEntries(Object.entries(props.map).filter(([k]) => k !== key)))}
          >
            {s.common.remove}
          </Button>
        </div>
      ))}
      <div className={styles.row}>
        <Field label={props.idLabel}>
          <Input value={id} onChange={(_, d) => setId(d.value.trim())} />
        </Field>
        <Button
          disabled={!id || id in props.map}
          onClick={() => {
            props.onChange({ ...props.map, [id]: { kind: "net", days: 30 } });
            setId("");
          }}
        >
          {s.common.add}
        </Button>
      </div>
    </section>
  );
}

export function TermsEditor(props: { config: WorkflowConfig; onChange: (c: WorkflowConfig) => void }) {
  const t = useStrings().terms;
  const locale = useLocale();
  const terms = props.config.terms;
  const set = (patch: Partial<WorkflowConfig["terms"]>) =>
    props.onChange({ ...props.config, terms: { ...terms, ...patch } });
  const sample = "2026-11-15";
  return (
    <div style={{ display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL }}>
      <TermsInput label={t.default} value={terms.default} allowNone onChange={(d) => set({ default: d })} />
      <p style={{ margin: 0 }}>
        {terms.default
          ? t.example(formatDate(sample, locale), formatDate(dueDateFor(sample, terms.default), locale))
          : t.exampleBilling}
      </p>
      <Overrides
        title={t.clientOverrides}
        idLabel={t.clientId}
        map={terms.clients}
        onChange={(clients) => set({ clients })}
      />
      <Overrides
        title={t.matterOverrides}
        idLabel={t.matterId}
        map={terms.matters}
        onChange={(matters) => set({ matters })}
      />
    </div>
  );
}
