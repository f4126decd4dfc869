/** One sequence step's settings in a labelled group: when, how, with which template and tone, and who approves. */
import { Button, Checkbox, Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { DRAFT_PURPOSES, TONES } from "../../../core/drafting/types";
import { STEP_CHANNELS } from "../../../core/workflow/config/types";
import type { WorkflowConfig } from "../api/types";
import { useStrings } from "../i18n/strings";
import { StepPreview } from "./StepPreview";
import type { Problem } from "./validate-config";

type Step = WorkflowConfig["sequences"][number]["steps"][number];

const useStyles = makeStyles({
  group: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    margin: 0,
  },
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(170px, 1fr))",
    gap: tokens.spacingHorizontalS,
    "& > *": { minWidth: 0 },
  },
  bar: { display: "flex", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS, flexWrap: "wrap" },
});

export function StepEditor(props: {
  index: number;
  step: Step;
  problems: Problem[];
  readOnly: boolean;
  onChange: (step: Step) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}) {
  const s = useStrings();
  const q = s.sequence;
  const styles = useStyles();
  const [preview, setPreview] = useState(false);
  const { step } = props;
  const set = (patch: Partial<Step>) => props.onChange({ ...step, ...patch });
  const problem = (field: string) => props.problems.find((p) => p.path.endsWith(`.${field}`))?.message;
  const state = (field: string) => (problem(field) ? ("error" as const) : ("none" as const));
  const options = (values: readonly string[], labels?: Record<string, string>) =>
    values.map((v) => (
      <option key={v} value={v}>
        {labels?.[v] ?? v}
      </option>
    ));
  return (
    <fieldset className={styles.group} disabled={props.readOnly}>
      <legend>{`${q.stepRow(props.index + 1)}: ${step.label ?? step.id}`}</legend>
      <div className={styles.grid}>
        <Field label={q.id} validationState={state("id")} validationMessage={problem("id") ?? null}>
          <Input value={step.id} onChange={(_, d) => set({ id: d.value })} />
        </Field>
        <Field label={q.offset} validationState={state("offsetDays")} validationMessage={problem("offsetDays") ?? null}>
          <Input
            type="number"
            value={String(step.offsetDays)}
            onChange={(_, d) => set({ offsetDays: Number(d.value) })}
          />
        </Field>
        <Field label={q.channel}>
          <Select value={step.channel} onChange={(_, d) => set({ channel: d.value as Step["channel"] })}>
            {options(STEP_CHANNELS, q.channels)}
          </Select>
        </Field>
        <Field label={q.purpose}>
          <Select value={step.purpose} onChange={(_, d) => set({ purpose: d.value as Step["purpose"] })}>
            {options(DRAFT_PURPOSES)}
          </Select>
        </Field>
        <Field
          label={q.template}
          validationState={state("templateId")}
          validationMessage={problem("templateId") ?? null}
        >
          <Input value={step.templateId} onChange={(_, d) => set({ templateId: d.value })} />
        </Field>
        <Field label={q.tone}>
          <Select value={step.tone} onChange={(_, d) => set({ tone: d.value as Step["tone"] })}>
            {options(TONES)}
          </Select>
        </Field>
        <Field label={q.escalate}>
          <Select
            value={step.escalate ?? ""}
            onChange={(_, d) => {
              const { escalate: _e, ...rest } = step;
              props.onChange(d.value ? { ...rest, escalate: d.value as "partner" | "committee" } : rest);
            }}
          >
            <option value="">{q.escalateNone}</option>
            <option value="partner">{s.escalations.partner}</option>
            <option value="committee">{s.escalations.options.committee}</option>
          </Select>
        </Field>
        <Field label={q.label}>
          <Input value={step.label ?? ""} onChange={(_, d) => set({ label: d.value })} />
        </Field>
      </div>
      <div className={styles.bar}>
        <Checkbox
          label={q.approval}
          checked={step.needsApproval}
          onChange={(_, d) => set({ needsApproval: Boolean(d.checked) })}
        />
        <Checkbox
          label={q.writeOff}
          checked={Boolean(step.writeOffReview)}
          onChange={(_, d) => set({ writeOffReview: Boolean(d.checked) })}
        />
      </div>
      <div className={styles.bar}>
        <Button size="small" onClick={() => props.onMove(-1)}>
          {s.common.moveUp}
        </Button>
        <Button size="small" onClick={() => props.onMove(1)}>
          {s.common.moveDown}
        </Button>
        <Button size="small" onClick={props.onRemove}>
          {s.common.remove}
        </Button>
        <Button
          size="small"
          appearance={preview ? "primary" : "secondary"}
          aria-expanded={preview}
          onClick={() => setPreview((p) => !p)}
          disabled={false}
        >
          {q.previewDraft}
        </Button>
      </div>
      {preview ? <StepPreview step={step} /> : null}
    </fieldset>
  );
}
