import { describe, expect, it } from "vitest";
import { DEFAULT_WORKFLOW_CONFIG } from "../../../core/workflow/config/defaults";
import { parseWorkflowConfig } from "../../../core/workflow/config/schema";
import type { WorkflowConfig } from "../api/types";
import { checkWorkflow, problemsAt } from "./validate-config";

const copy = (): WorkflowConfig => structuredClone(DEFAULT_WORKFLOW_CONFIG);

const EDITS: [string, (c: WorkflowConfig) => void, string][] = [
  [
    "offsets out of order",
    (c) => {
      c.sequences[0]!.steps[3]!.offsetDays = 5;
    },
    "sequences.0.steps.3.offsetDays",
  ],
  [
    "duplicate step id",
    (c) => {
      c.sequences[0]!.steps[1]!.id = "pre-7";
    },
    "sequences.0.steps.1.id",
  ],
  [
    "unknown default",
    (c) => {
      c.defaultSequenceId = "nope";
    },
    "defaultSequenceId",
  ],
  [
    "bad holiday",
    (c) => {
      c.guardrails.holidays.push("2026-13-01");
    },
    "guardrails.holidays.18",
  ],
  [
    "quiet hour 24",
    (c) => {
      c.guardrails.business.quietHours.startHour = 24;
    },
    "guardrails.business.quietHours.startHour",
  ],
  [
    "no channel",
    (c) => {
      c.guardrails.consumer.channels = [];
    },
    "guardrails.consumer.channels",
  ],
];

describe("checkWorkflow", () => {
  it("accepts the defaults", () => {
    expect(checkWorkflow(copy())).toEqual([]);
  });

  it.each(EDITS)("flags %s at its path, as the server does", (_, edit, path) => {
    const c = copy();
    edit(c);
    expect(checkWorkflow(c).map((p) => p.path)).toContain(path);
    // The server refuses the same configuration: the editor never promises a save that would fail.
    expect(parseWorkflowConfig(c).ok).toBe(false);
  });

  it("finds a step's problems by prefix", () => {
    const c = copy();
    c.sequences[0]!.steps[2]!.id = "";
    const problems = checkWorkflow(c);
    expect(problemsAt(problems, "sequences.0.steps.2")).toHaveLength(1);
    expect(problemsAt(problems, "sequences.0.steps.1")).toHaveLength(0);
  });
});
