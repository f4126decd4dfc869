/**
 * Shapes of docs/api-contract.md as the task pane reads them. Foundation routes reuse core's types
 * (type-only imports: nothing of core is bundled); routes still being built are typed loosely
 * where the contract leaves the detail open, and views read them defensively.
 */
import type { AgingReport, AgingRow } from "../../../core/aging/aging";
import type { Interaction } from "../../../core/domain/types";
import type { ClientSummary, OpenInvoiceView } from "../../../core/usecases/client-summary";
import type { WorkflowTask } from "../../../core/workflow/documents";
import type { QueueInvoice } from "../../../core/workflow/drafts/queue-facts";
import type { QueueDraftItem } from "../../../core/workflow/drafts/review-draft";
import type { QueueTaskItem } from "../../../core/workflow/tasks";
import type { SequencePosition } from "../../../core/workflow/state/sequence-position";

export type { AgingReport, AgingRow, ClientSummary, Interaction, OpenInvoiceView, QueueInvoice, SequencePosition };

/** `linked`: an address a person linked to the client in Nudge (POST /clients/{id}/contacts). */
export type MatchMethod = "contact" | "linked" | "domain" | "reference" | "none";

/** POST /clients/{clientId}/contacts: `created` is false when the address already belonged to the client. */
export interface LinkedAddress {
  email: string;
  clientId: string;
  created: boolean;
  source: "contact" | "link";
}

export interface MatchCandidate {
  clientId: string;
  name: string;
  totalOutstandingMinor: number;
  totalOutstanding: string;
  currency: string;
  aging: AgingRow | null;
}

export interface MatchResult {
  email: string;
  method: MatchMethod;
  matches: MatchCandidate[];
  client: MatchCandidate | null;
}

export interface ScoreReason {
  text: string;
  weight?: number;
}

export interface ClientScore {
  clientId: string;
  modelVersion?: string;
  p30: number;
  pLate?: number;
  /** A probability-like number or a word ("high"); shown as given. */
  confidence?: number | string;
  reasons?: ScoreReason[];
  segment?: string;
  nextAction?: string;
  expectedCash?: { d7?: number; d30?: number; d60?: number };
  escalationDate?: string;
  escalationRule?: string;
}

export interface Inbound {
  from: string;
  subject: string;
  body: string;
}

export interface DraftRequest {
  purpose: "reply" | "reminder";
  channel: "email";
  inbound?: Inbound;
}

export type DraftWarning = string | { code?: string; message?: string };

export interface Draft {
  subject: string;
  html: string;
  text: string;
  facts?: unknown;
  warnings?: DraftWarning[];
  source?: string;
  templateId?: string;
  modelVersion?: string;
}

export interface Classification {
  kind: string;
  confidence?: number;
  evidence?: string | string[];
  promise?: { amount?: number | string; date?: string };
  dispute?: { reason?: string };
  remittance?: { amount?: number | string; invoiceNumbers?: string[] };
}

export interface AcceptResult {
  recorded?: Interaction;
  paused?: boolean;
  draft?: Draft;
}

export interface WorklistItem {
  clientId: string;
  name: string;
  balanceMinor: number;
  currency?: string;
  p30?: number;
  cashAtRiskMinor?: number;
  segment?: string;
  reason?: string;
  nextAction?: string;
}

export interface Worklist {
  asOf: string;
  items: WorklistItem[];
}

/**
 * Workflow state (core/actions/account-state.ts): promises, disputes, holds and escalations, with
 * plans and sequence state under `other` by document kind while the workflow engine lands them.
 * Each list holds documents owned by other modules; the pane reads them defensively.
 */
export interface ClientState {
  promises?: Record<string, unknown>[];
  disputes?: Record<string, unknown>[];
  holds?: Record<string, unknown>[];
  plans?: Record<string, unknown>[];
  escalations?: Record<string, unknown>[];
  /** Where the client stands in its follow-up sequence; older hosts sent `{step, nextStep, nextDue, paused}`. */
  sequence?: Partial<SequencePosition> | Record<string, unknown> | null;
  other?: Record<string, Record<string, unknown>[] | undefined>;
}

/**
 * GET /drafts: a draft the daily run made, waiting for a person, with what the reviewer needs worked
 * out by the API: the client's name, the invoices with the balances the draft states
 * (`balancesAsOf`), people by name, and what the caller may do (`mayApprove`, `maySend`).
 */
export type QueueDraft = QueueDraftItem;
/** PATCH /drafts/{id}: approve (partner or manager), or handle once (sent records the contact). */
export type DraftReviewAction = "approve" | "sent" | "discarded";
/** GET /tasks: open work assigned to the caller (a call, a partner task…), with its client's name and invoices. */
export type QueueTask = QueueTaskItem;
/** POST /tasks/{id}/done: the task as stored, now done. */
export type DoneTask = WorkflowTask;
/** GET /queue/summary: how many drafts and tasks wait for the caller (the tab's badge). */
export interface QueueSummary {
  drafts: number;
  tasks: number;
  total: number;
}

/** GET /me: who is signed in. */
export interface Me {
  userId: string;
  name: string;
  email?: string;
  roles: string[];
}
