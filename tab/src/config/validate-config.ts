/**
 * Checks the editor runs as the administrator types, for instant feedback. The server validates
 * again on review and save (core/workflow/config/schema), and its answer is the one that counts.
 */
import { isIsoDate } from "../../../core/domain/dates";
import type { WorkflowConfig } from "../api/types";

export interface Problem {
  path: string;
  message: string;
}

export function checkWorkflow(config: WorkflowConfig): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set<string>();
  config.sequences.forEach((seq, i) => {
    if (!seq.id.trim()) problems.push({ path: `sequences.${i}.id`, message: "a sequence needs an id" });
    if (ids.has(seq.id)) problems.push({ path: `sequences.${i}.id`, message: `duplicate sequence id ${seq.id}` });
    ids.add(seq.id);
    if (seq.steps.length === 0) problems.push({ path: `sequences.${i}.steps`, message: "a sequence needs a step" });
    const stepIds = new Set<string>();
    seq.steps.forEach((s, j) => {
      const at = `sequences.${i}.steps.${j}`;
      if (!s.id.trim()) problems.push({ path: `${at}.id`, message: "a step needs an id" });
      if (stepIds.has(s.id)) problems.push({ path: `${at}.id`, message: `duplicate step id ${s.id}` });
      stepIds.add(s.id);
      if (!Number.isInteger(s.offsetDays) || s.offsetDays < -60 || s.offsetDays > 365)
        problems.push({ path: `${at}.offsetDays`, message: "a whole number of days from -60 to 365" });
      const prev = seq.steps[j - 1];
      if (prev && prev.offsetDays >= s.offsetDays)
        problems.push({ path: `${at}.offsetDays`, message: "offsets must increase step by step" });
      if (!s.templateId.trim()) problems.push({ path: `${at}.templateId`, message: "a step needs a template" });
    });
  });
  if (!ids.has(config.defaultSequenceId))
    problems.push({ path: "defaultSequenceId", message: `no sequence ${config.defaultSequenceId}` });
  config.guardrails.holidays.forEach((d, i) => {
    if (!isIsoDate(d)) problems.push({ path: `guardrails.holidays.${i}`, message: `${d} is not a date` });
  });
  for (const kind of ["business", "consumer"] as const) {
    const r = config.guardrails[kind];
    for (const [k, v] of [
      ["startHour", r.quietHours.startHour],
      ["endHour", r.quietHours.endHour],
    ] as const)
      if (!Number.isInteger(v) || v < 0 || v > 23)
        problems.push({ path: `guardrails.${kind}.quietHours.${k}`, message: "an hour from 0 to 23" });
    if (r.channels.length === 0)
      problems.push({ path: `guardrails.${kind}.channels`, message: "at least one channel" });
  }
  return problems;
}

/** Problems under a path prefix (a field's or a step's), for marking the inputs they concern. */
export const problemsAt = (problems: Problem[], prefix: string) =>
  problems.filter((p) => p.path === prefix || p.path.startsWith(`${prefix}.`));
