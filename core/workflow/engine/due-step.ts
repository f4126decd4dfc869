/**
 * Which step of its sequence an invoice is at today. The current step is the latest one whose
 * offset has been reached. Under the `latest` catch-up policy a missed run (or a pause) drafts only
 * that step, never the skipped ones; under `exact-day` a step fires on its own day or not at all.
 * The `next-step` resume policy continues after the last step done instead of jumping ahead.
 */
import type { PolicyConfig, SequenceStep } from "../config/types";

export type StepChoice =
  | { kind: "not-yet" }
  | { kind: "done"; step: SequenceStep }
  | { kind: "missed"; step: SequenceStep }
  | { kind: "due"; step: SequenceStep };

export function dueStep(
  steps: readonly SequenceStep[],
  daysPastDue: number,
  done: ReadonlySet<string> | undefined,
  policy: Pick<PolicyConfig, "catchUp" | "resume">,
): StepChoice {
  let current = -1;
  for (let i = 0; i < steps.length && steps[i]!.offsetDays <= daysPastDue; i++) current = i;
  if (current < 0) return { kind: "not-yet" };
  let pick = current;
  if (policy.resume === "next-step" && done?.size) {
    let lastDone = -1;
    steps.forEach((s, i) => {
      if (done.has(s.id)) lastDone = i;
    });
    if (lastDone >= 0 && lastDone < current) pick = lastDone + 1;
  }
  const step = steps[pick]!;
  if (done?.has(step.id)) return { kind: "done", step };
  if (policy.catchUp === "exact-day" && step.offsetDays !== daysPastDue) return { kind: "missed", step };
  return { kind: "due", step };
}
