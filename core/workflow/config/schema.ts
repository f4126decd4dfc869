/**
 * Validation of the workflow configuration JSON an administrator saves. Unknown keys are refused
 * (a typo must not silently drop a rule), and the checks a schema cannot express are made after it:
 * step ids unique, offsets increasing, rules naming existing sequences.
 */
import { z } from "zod";
import { isIsoDate } from "../../domain/dates";
import { DRAFT_PURPOSES, TONES } from "../../drafting/types";
import { fail, ok, type Result } from "../../errors/codes";
import { STEP_CHANNELS, type WorkflowConfig } from "./types";

const hour = z.number().int().min(0).max(23);
const days = z.number().int().min(0).max(365);
const amount = z.number().int().min(0);
const isoDate = z.string().refine(isIsoDate, "must be a date as YYYY-MM-DD");
const terms = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("net"), days }),
  z.strictObject({ kind: z.literal("eom"), days }),
]);
const channel = z.enum(STEP_CHANNELS as [string, ...string[]]);

const step = z.strictObject({
  id: z.string().min(1).max(40),
  offsetDays: z.number().int().min(-60).max(365),
  channel,
  purpose: z.enum(DRAFT_PURPOSES),
  templateId: z.string().min(1).max(80),
  tone: z.enum(TONES),
  needsApproval: z.boolean(),
  escalate: z.enum(["partner", "committee"]).optional(),
  writeOffReview: z.boolean().optional(),
  label: z.string().max(120).optional(),
});

const contactRules = z.strictObject({
  quietHours: z.strictObject({ startHour: hour, endHour: hour }),
  minIntervalDays: days,
  maxTouchesPer7Days: z.number().int().min(0).max(50),
  channels: z.array(channel).min(1),
  allowFinalTone: z.boolean(),
});

const roleLimits = z.strictObject({
  specialist: amount.nullable().optional(),
  partner: amount.nullable().optional(),
  manager: amount.nullable().optional(),
  admin: amount.nullable().optional(),
});

export const workflowConfigSchema = z.strictObject({
  terms: z.strictObject({
    default: terms.nullable(),
    clients: z.record(z.string(), terms),
    matters: z.record(z.string(), terms),
  }),
  sequences: z
    .array(
      z.strictObject({ id: z.string().min(1).max(40), name: z.string().min(1).max(120), steps: z.array(step).min(1) }),
    )
    .min(1),
  rules: z.array(
    z.strictObject({
      sequenceId: z.string(),
      when: z.strictObject({
        segment: z.enum(["consumer", "business"]).optional(),
        practiceGroup: z.string().optional(),
        sensitive: z.boolean().optional(),
        billingPartnerId: z.string().optional(),
        clientIds: z.array(z.string()).optional(),
      }),
    }),
  ),
  defaultSequenceId: z.string(),
  guardrails: z.strictObject({
    weekendDays: z.array(z.number().int().min(0).max(6)).max(6),
    holidays: z.array(isoDate),
    nonBusinessDay: z.enum(["defer-send", "skip-day"]),
    business: contactRules,
    consumer: contactRules,
  }),
  policy: z.strictObject({
    catchUp: z.enum(["latest", "exact-day"]),
    resume: z.enum(["current-step", "next-step"]),
    promiseGraceDays: days,
    receiptOnPaid: z.boolean(),
    claimLeaseMinutes: z.number().int().min(1).max(1440),
  }),
  plans: z.strictObject({
    missedGraceDays: days,
    defaultAfterMissed: z.number().int().min(1).max(12),
    maxInstallments: z.number().int().min(1).max(120),
  }),
  authority: z.strictObject({
    limits: z.strictObject({ "payment-plan": roleLimits, "write-off": roleLimits }),
    committeeIds: z.array(z.string()),
  }),
});

/** Semantic rules the schema cannot state; each problem names its path like the schema's. */
function crossChecks(config: WorkflowConfig): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const ids = new Set<string>();
  config.sequences.forEach((seq, i) => {
    if (ids.has(seq.id)) problems.push({ path: `sequences.${i}.id`, message: `duplicate sequence id ${seq.id}` });
    ids.add(seq.id);
    const stepIds = new Set<string>();
    seq.steps.forEach((s, j) => {
      if (stepIds.has(s.id))
        problems.push({ path: `sequences.${i}.steps.${j}.id`, message: `duplicate step id ${s.id}` });
      stepIds.add(s.id);
      const prev = seq.steps[j - 1];
      if (prev && prev.offsetDays >= s.offsetDays)
        problems.push({ path: `sequences.${i}.steps.${j}.offsetDays`, message: "offsets must increase step by step" });
    });
  });
  if (!ids.has(config.defaultSequenceId))
    problems.push({ path: "defaultSequenceId", message: `no sequence ${config.defaultSequenceId}` });
  config.rules.forEach((r, i) => {
    if (!ids.has(r.sequenceId))
      problems.push({ path: `rules.${i}.sequenceId`, message: `no sequence ${r.sequenceId}` });
  });
  return problems;
}

/** Parses an administrator's JSON into a configuration, or `VALIDATION` with every problem and its path. */
export function parseWorkflowConfig(input: unknown): Result<WorkflowConfig> {
  const parsed = workflowConfigSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    return fail("VALIDATION", `the workflow configuration is not valid: ${describe(problems)}`, problems);
  }
  const config = parsed.data as WorkflowConfig;
  const problems = crossChecks(config);
  if (problems.length)
    return fail("VALIDATION", `the workflow configuration is not valid: ${describe(problems)}`, problems);
  return ok(config);
}

function describe(problems: { path: string; message: string }[]): string {
  const first = problems.slice(0, 3).map((p) => `${p.path || "(root)"}: ${p.message}`);
  return first.join("; ") + (problems.length > 3 ? ` (and ${problems.length - 3} more)` : "");
}
