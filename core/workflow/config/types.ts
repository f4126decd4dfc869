/**
 * The workflow configuration an administrator edits without code: payment terms, follow-up
 * sequences and which clients get which one, send guardrails, engine policy, payment-plan rules and
 * the delegated-authority matrix. Stored as versioned JSON (see docs/workflow-config.md).
 */
import type { DraftPurpose, Tone } from "../../drafting/types";
import type { IsoDate, Role } from "../../domain/types";

/** Where a step's work goes: a draft for the client, or a task for a person in the firm. */
export type StepChannel = "email" | "sms" | "letter" | "call-task" | "partner-task";
export const STEP_CHANNELS: readonly StepChannel[] = ["email", "sms", "letter", "call-task", "partner-task"];
export const DRAFT_CHANNELS: readonly StepChannel[] = ["email", "sms", "letter"];

export interface SequenceStep {
  /** Stable within its sequence (e.g. `+15`): part of the idempotency key of every touch. */
  id: string;
  /** Days relative to the due date (negative = before it is due). */
  offsetDays: number;
  channel: StepChannel;
  purpose: DraftPurpose;
  templateId: string;
  tone: Tone;
  /** A person with authority must approve the draft before it goes out (partner letters, final demands). */
  needsApproval: boolean;
  /** Ask the billing partner (or, through them, the committee) to act. */
  escalate?: "partner" | "committee";
  /** Open a write-off review task for the collector and the billing partner. */
  writeOffReview?: boolean;
  label?: string;
}

export interface Sequence {
  id: string;
  name: string;
  steps: SequenceStep[];
}

/** First matching rule wins; a rule matches when every condition it states holds. */
export interface SequenceRule {
  sequenceId: string;
  when: {
    segment?: "consumer" | "business";
    practiceGroup?: string;
    sensitive?: boolean;
    billingPartnerId?: string;
    clientIds?: string[];
  };
}

/** Net N days from the invoice date, or N days after the end of the invoice's month. */
export type PaymentTerms = { kind: "net"; days: number } | { kind: "eom"; days: number };

export interface TermsConfig {
  /** `null`: trust the due date the billing system exported. */
  default: PaymentTerms | null;
  clients: Record<string, PaymentTerms>;
  matters: Record<string, PaymentTerms>;
}

/** No contact from `startHour` (inclusive) to `endHour` (exclusive), recipient's local time; wraps midnight. */
export interface QuietHours {
  startHour: number;
  endHour: number;
}

export interface ContactRules {
  quietHours: QuietHours;
  minIntervalDays: number;
  /** At most this many client contacts in any 7 days (0 = no cap). */
  maxTouchesPer7Days: number;
  channels: StepChannel[];
  /** May a final-tone draft go to this kind of client? */
  allowFinalTone: boolean;
}

export interface GuardrailConfig {
  /** 0 = Sunday … 6 = Saturday. */
  weekendDays: number[];
  holidays: IsoDate[];
  /** `defer-send`: draft now, sendable from the next business day; `skip-day`: draft nothing on non-business days. */
  nonBusinessDay: "defer-send" | "skip-day";
  business: ContactRules;
  /** Consumer (individual) clients: debt-collection rules, stricter hours and cadence. */
  consumer: ContactRules;
}

export interface PolicyConfig {
  /** `latest`: a missed run drafts only the latest due step; `exact-day`: a step fires only on its own day. */
  catchUp: "latest" | "exact-day";
  /** After a pause: jump to the current step, or continue with the step after the last one done. */
  resume: "current-step" | "next-step";
  promiseGraceDays: number;
  receiptOnPaid: boolean;
  /** A claimed touch whose run died is retried after this many minutes. */
  claimLeaseMinutes: number;
}

export interface PlanPolicy {
  missedGraceDays: number;
  /** A plan with this many missed installments defaults and reminders resume. */
  defaultAfterMissed: number;
  maxInstallments: number;
}

export type ApprovalAction = "payment-plan" | "write-off";
export const APPROVAL_ACTIONS: readonly ApprovalAction[] = ["payment-plan", "write-off"];

/** Per action and role, the most one person may approve alone (minor units; `null` = no limit; absent = may not). */
export interface AuthorityConfig {
  limits: Record<ApprovalAction, Partial<Record<Role, number | null>>>;
  /** Users who decide for the billing & collections committee; empty = the firm's managers. */
  committeeIds: string[];
}

export interface WorkflowConfig {
  terms: TermsConfig;
  sequences: Sequence[];
  rules: SequenceRule[];
  defaultSequenceId: string;
  guardrails: GuardrailConfig;
  policy: PolicyConfig;
  plans: PlanPolicy;
  authority: AuthorityConfig;
}
