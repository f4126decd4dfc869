/**
 * The configuration a firm starts with (version 0) until an administrator saves its own. The
 * standard sequence follows the escalation ladder law firms use: friendly notice a week before the
 * due date, then firmer reminders, a partner letter at +45, a committee escalation at +60 and a
 * final demand with a write-off review at +90.
 */
import type { Sequence, SequenceStep, WorkflowConfig } from "./types";

/** Compact step literal: id, offset, channel, purpose/template, tone, label, then the optional flags. */
function step(
  id: string,
  offsetDays: number,
  channel: SequenceStep["channel"],
  purpose: SequenceStep["purpose"],
  tone: SequenceStep["tone"],
  label: string,
  extra: Partial<Pick<SequenceStep, "needsApproval" | "escalate" | "writeOffReview" | "templateId">> = {},
): SequenceStep {
  return { id, offsetDays, channel, purpose, templateId: purpose, tone, needsApproval: false, label, ...extra };
}

const STANDARD: Sequence = {
  id: "standard",
  name: "Standard business client",
  steps: [
    step("pre-7", -7, "email", "reminder", "friendly", "Friendly notice"),
    step("due", 0, "email", "reminder", "friendly", "Due today"),
    step("+7", 7, "email", "reminder", "friendly", "Reminder"),
    step("+15", 15, "email", "reminder", "firm", "Firmer reminder"),
    step("+30", 30, "email", "reminder", "firm", "Past-due notice"),
    step("+45", 45, "letter", "partner-letter", "firm", "Partner letter", { needsApproval: true }),
    step("+60", 60, "partner-task", "reminder", "firm", "Committee escalation", {
      escalate: "committee",
      templateId: "committee-escalation",
    }),
    step("+90", 90, "letter", "final-demand", "final", "Final demand / write-off review", {
      needsApproval: true,
      writeOffReview: true,
    }),
  ],
};

/** Sensitive matters: the partner takes over early and no final demand goes out automatically. */
const SENSITIVE: Sequence = {
  id: "sensitive",
  name: "Sensitive matter",
  steps: [
    step("due", 0, "email", "reminder", "friendly", "Due today", { needsApproval: true }),
    step("+15", 15, "email", "reminder", "friendly", "Reminder", { needsApproval: true }),
    step("+30", 30, "partner-task", "reminder", "friendly", "Partner call", {
      escalate: "partner",
      templateId: "partner-call",
    }),
  ],
};

/** Consumer clients: fewer, gentler contacts; no final-tone wording; the partner decides what comes next. */
const CONSUMER: Sequence = {
  id: "consumer",
  name: "Consumer client",
  steps: [
    step("+5", 5, "email", "reminder", "friendly", "Reminder"),
    step("+20", 20, "letter", "reminder", "firm", "Letter"),
    step("+45", 45, "letter", "partner-letter", "firm", "Partner letter", { needsApproval: true }),
    step("+60", 60, "partner-task", "reminder", "firm", "Partner review", {
      escalate: "partner",
      templateId: "partner-review",
    }),
  ],
};

export const DEFAULT_WORKFLOW_CONFIG: WorkflowConfig = {
  terms: { default: null, clients: {}, matters: {} },
  sequences: [STANDARD, SENSITIVE, CONSUMER],
  rules: [
    { sequenceId: "consumer", when: { segment: "consumer" } },
    { sequenceId: "sensitive", when: { sensitive: true } },
  ],
  defaultSequenceId: "standard",
  guardrails: {
    weekendDays: [0, 6],
    holidays: [
      "2026-01-01",
      "2026-01-19",
      "2026-02-16",
      "2026-05-25",
      "2026-06-19",
      "2026-07-03",
      "2026-09-07",
      "2026-11-26",
      "2026-12-25",
      "2027-01-01",
      "2027-01-18",
      "2027-02-15",
      "2027-05-31",
      "2027-06-18",
      "2027-07-05",
      "2027-09-06",
      "2027-11-25",
      "2027-12-24",
    ],
    nonBusinessDay: "defer-send",
    business: {
      quietHours: { startHour: 20, endHour: 8 },
      minIntervalDays: 3,
      maxTouchesPer7Days: 0,
      channels: ["email", "sms", "letter", "call-task", "partner-task"],
      allowFinalTone: true,
    },
    // Debt-collection practice for individuals: nothing before 8 am or after 9 pm, a week between contacts, no SMS.
    consumer: {
      quietHours: { startHour: 21, endHour: 8 },
      minIntervalDays: 7,
      maxTouchesPer7Days: 1,
      channels: ["email", "letter", "call-task", "partner-task"],
      allowFinalTone: false,
    },
  },
  policy: {
    catchUp: "latest",
    resume: "current-step",
    promiseGraceDays: 3,
    receiptOnPaid: true,
    claimLeaseMinutes: 15,
  },
  plans: { missedGraceDays: 5, defaultAfterMissed: 2, maxInstallments: 24 },
  authority: {
    limits: {
      "payment-plan": { partner: 5_000_000, manager: null },
      "write-off": { partner: 2_500_000, manager: 10_000_000 },
    },
    committeeIds: [],
  },
};
