/**
 * Document kinds the workflow keeps beside the ledger (DocumentStore, client partition where the
 * document belongs to a client). Plans and write-off requests have their own files.
 */
import type { DraftPurpose, LetterLayout, Tone } from "../drafting/types";
import type { IsoDate, IsoInstant } from "../domain/types";
import type { StepChannel, WorkflowConfig } from "./config/types";

export const WF_DOC = {
  configVersion: "workflow-config",
  configHead: "workflow-config-head",
  touch: "sequence-touch",
  draft: "draft",
  task: "task",
  plan: "payment-plan",
  writeOff: "write-off",
  sequenceState: "sequence-state",
  paymentMatch: "payment-match",
  escalationKey: "workflow-escalation-key",
} as const;

/** Actor id of everything the engine does on its own. */
export const WORKFLOW_ACTOR = "workflow";

/**
 * One sequence step done for one invoice: the idempotency key of the engine. Its id is
 * `invoiceId|stepId|dueDate`, created with `DocumentStore.create`, so a second run (or a retry)
 * finds it and drafts nothing. A `claimed` touch is done once its draft (`draftId`) exists; if the
 * run died first, another run takes it over when `leaseUntil` has passed. `closed` ends a sequence
 * without a draft (an invoice written off, or paid with receipts turned off).
 */
export interface SequenceTouch {
  invoiceId: string;
  clientId: string;
  stepId: string;
  dueDate: IsoDate;
  sequenceId: string;
  status: "claimed" | "closed";
  runDate: IsoDate;
  leaseUntil: IsoInstant;
  draftId: string;
  balanceMinor: number;
  currency: string;
}

export function touchKey(invoiceId: string, stepId: string, dueDate: IsoDate): string {
  return `${invoiceId}|${stepId}|${dueDate}`;
}

/** Step id of the touch that closes an invoice's sequence (a receipt, or nothing for a write-off). */
export const END_STEP = "end";

/** One invoice as a draft states it (money in minor units). */
export interface StatedInvoice {
  id: string;
  number: string;
  balanceMinor: number;
  currency: string;
}

/** A draft waiting for a person: in the collector's Outlook Drafts folder or in Nudge's queue. */
export interface WorkflowDraft {
  id: string;
  clientId: string;
  collectorId?: string;
  channel: StepChannel;
  purpose: DraftPurpose;
  tone: Tone;
  /** Why the wording has this tone (the step's, or moved one step by the client's score and relationship). */
  toneReason?: string;
  stepId: string;
  sequenceId: string;
  invoiceIds: string[];
  /**
   * The invoices as the draft states them: number and balance when the engine worded it (the
   * figures in its text), in `invoiceIds` order. Absent on drafts made before it was recorded.
   */
  statedInvoices?: StatedInvoice[];
  subject: string;
  html: string;
  text: string;
  to: string[];
  location: "outlook" | "queue";
  externalId?: string;
  webLink?: string;
  /** Earliest moment the guardrails allow sending, in the recipient's local time; absent = now. */
  sendAfter?: { date: IsoDate; hour: number; timeZone: string };
  needsApproval: boolean;
  warnings: string[];
  templateId: string;
  source: string;
  /** Letters: the layout the PDF is printed from (`GET /api/drafts/{id}/pdf`), beside the stored text. */
  letter?: LetterLayout;
  status: "awaiting-review" | "sent" | "discarded";
  runDate: IsoDate;
  createdAt: IsoInstant;
  /** Set when a partner or manager approved a draft whose step needs approval. */
  approvedBy?: string;
  approvedAt?: IsoInstant;
  handledBy?: string;
  handledAt?: IsoInstant;
}

/** Work for a person in the firm: a call, a partner task, a broken promise or a missed installment to follow up. */
export interface WorkflowTask {
  id: string;
  clientId: string;
  kind:
    | "call"
    | "partner-task"
    | "broken-promise"
    | "missed-installment"
    | "write-off-review"
    | "escalation-decided"
    | "plan-defaulted";
  assignedTo: string;
  title: string;
  dueDate: IsoDate;
  status: "open" | "done";
  invoiceIds: string[];
  source: string;
  createdAt: IsoInstant;
  doneBy?: string;
  doneAt?: IsoInstant;
}

/** A person's control over one client's reminders; every change appends to `log` (optimistic concurrency). */
export interface SequenceState {
  clientId: string;
  paused?: { reason: string; until?: IsoDate; by: string; at: IsoInstant };
  replyHandledAt?: IsoInstant;
  log: { action: string; by: string; at: IsoInstant; reason?: string }[];
}

export interface ConfigVersion {
  version: number;
  config: WorkflowConfig;
  savedBy: string;
  savedAt: IsoInstant;
  note?: string;
}

export interface ConfigHead {
  version: number;
}
