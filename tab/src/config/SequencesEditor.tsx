/**
 * Follow-up sequences without code: pick a sequence, edit its name and steps (add, remove, reorder,
 * preview a step's draft), add a sequence, and choose the firm's default. Saving goes through review.
 */
import { Button, Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { WorkflowConfig } from "../api/types";
import { useStrings } from "../i18n/strings";
import { RulesEditor } from "./RulesEditor";
import { StepEditor } from "./StepEditor";
import { type Problem, problemsAt } from "./validate-config";

type Step = WorkflowConfig["sequences"][number]["steps"][number];

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap", alignItems: "end" },
  steps: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export function SequencesEditor(props: {
  config: WorkflowConfig;
  problems: Problem[];
  readOnly: boolean;
  onChange: (c: WorkflowConfig) => void;
}) {
  const s = useStrings();
  const q = s.sequence;
  const styles = useStyles();
  const [index, setIndex] = useState(0);
  const { config } = props;
  const i = Math.min(index, config.sequences.length - 1);
  const seq = config.sequences[i]!;
  const setSeq = (next: typeof seq) =>
    props.onChange({ ...config, sequences: config.sequences.map((x, k) => (k === i ? next : x)) });
  const setSteps = (steps: Step[]) => setSeq({ ...seq, steps });
  const move = (k: number, delta: -1 | 1) => {
    const j = k + delta;
    if (j < 0 || j >= seq.steps.length) return;
    const steps = [...seq.steps];
    [steps[k], steps[j]] = [steps[j]!, steps[k]!];
    setSteps(steps);
  };
  const addStep = () => {
    const last = seq.steps[seq.steps.length - 1];
    const offsetDays = (last?.offsetDays ?? 0) + 7;
    const step: Step = {
      ...(last ?? {
        channel: "email",
        purpose: "reminder",
        templateId: "reminder",
        tone: "friendly",
        needsApproval: false,
      }),
      id: `+${offsetDays}`,
      offsetDays,
      label: "",
    } as Step;
    setSteps([...seq.steps, step]);
  };
  const addSequence = () => {
    const id = `sequence-${config.sequences.length + 1}`;
    props.onChange({
      ...config,
      sequences: [...config.sequences, { id, name: id, steps: structuredClone(seq.steps) }],
    });
    setIndex(config.sequences.length);
  };
  return (
    <div className={styles.steps}>
      <div className={styles.row}>
        <Field label={q.pick}>
          <Select value={String(i)} onChange={(_, d) => setIndex(Number(d.value))}>
            {config.sequences.map((x, k) => (
              <option key={x.id} value={k}>
                {x.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={q.name}>
          <Input value={seq.name} disabled={props.readOnly} onChange={(_, d) => setSeq({ ...seq, name: d.value })} />
        </Field>
        <Field label={q.defaultSequence}>
          <Select
            value={config.defaultSequenceId}
            disabled={props.readOnly}
            onChange={(_, d) => props.onChange({ ...config, defaultSequenceId: d.value })}
          >
            {config.sequences.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </Select>
        </Field>
        <Button onClick={addSequence} disabled={props.readOnly}>
          {q.addSequence}
        </Button>
      </div>
      <h3 style={{ margin: 0 }}>{q.steps}</h3>
      {seq.steps.map((step, k) => (
        <StepEditor
          // biome-ignore lint/suspicious/noArrayIndexKey: a step's id is edited in place; keying by it would remount the row on each keystroke
          key={`${seq.id}|${k}`}
          index={k}
          step={step}
          readOnly={props.readOnly}
          problems={problemsAt(props.problems, `sequences.${i}.steps.${k}`)}
          onChange={(next) => setSteps(seq.steps.map((x, j) => (j === k ? next : x)))}
          onMove={(delta) => move(k, delta)}
          onRemove={() => setSteps(seq.steps.filter((_, j) => j !== k))}
        />
      ))}
      <div>
        <Button onClick={addStep} disabled={props.readOnly}>
          {q.addStep}
        </Button>
      </div>
      <RulesEditor config={config} readOnly={props.readOnly} onChange={props.onChange} />
    </div>
  );
}
