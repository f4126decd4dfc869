/**
 * The drafting vocabulary shared by templates, the LLM path, the HTTP routes and the workflow engine.
 * A draft is always reviewable data: nothing here sends anything.
 */
import type { Channel, IsoDate } from "../domain/types";

export const DRAFT_PURPOSES = ["reminder", "reply", "receipt", "plan-offer", "partner-letter", "final-demand"] as const;
export type DraftPurpose = (typeof DRAFT_PURPOSES)[number];

/** Friendly → firm → final: the escalation of wording along a follow-up sequence. */
export const TONES = ["friendly", "firm", "final"] as const;
export type Tone = (typeof TONES)[number];

export const CHANNELS: readonly Channel[] = ["email", "sms", "letter"];

/**
 * What a reply answers, once a person has accepted the reading of the client's email: each kind has
 * its own reply wording (see `templates/`). A reply without a kind (a question, anything else) uses
 * the general reply; an out-of-office message gets no reply at all.
 */
export const REPLY_KINDS = ["promise", "dispute", "hardship", "paid", "remittance", "wrong-contact"] as const;
export type ReplyKind = (typeof REPLY_KINDS)[number];

export type FactKind =
  | "invoice-number"
  | "amount"
  | "date"
  | "total-outstanding"
  | "installment"
  | "payment"
  | "promise"
  | "count"
  | "days-past-due";

/**
 * One figure a draft states, taken from the ledger. `value` is what the reader sees; `raw` is the
 * machine value (minor units for money, ISO date for days, the number itself for counts).
 */
export interface Fact {
  kind: FactKind;
  label: string;
  value: string;
  raw: number | string;
  currency?: string;
  invoiceId?: string;
}

export type WarningSeverity = "error" | "warning" | "info";

/** Something the reviewer must know: a lint finding or a fallback. `error` means "do not send as is". */
export interface DraftWarning {
  code: string;
  severity: WarningSeverity;
  message: string;
}

export interface InboundMessage {
  from: string;
  subject: string;
  body: string;
}

export interface DraftRequest {
  clientId: string;
  purpose: DraftPurpose;
  channel: Channel;
  language?: string;
  stepId?: string;
  tone?: Tone;
  invoiceIds?: string[];
  inbound?: InboundMessage;
  /** For a reply: the accepted reading of the client's email it answers (see `REPLY_KINDS`). */
  replyKind?: ReplyKind;
  /** Recipient's local hour (0-23) for quiet-hours rules; derived from `deps.now` when absent. */
  recipientLocalHour?: number;
}

/** A table or a paragraph of a letter, for the PDF renderer. */
export type LetterBlock =
  | { kind: "text"; text: string }
  | { kind: "table"; headers: string[]; rows: string[][]; total?: [string, string] };

export interface LetterLayout {
  dateLine: string;
  addressLines: string[];
  blocks: LetterBlock[];
}

export interface Draft {
  clientId: string;
  purpose: DraftPurpose;
  /** The reading of the client's email a reply answers, when it has its own wording. */
  replyKind?: ReplyKind;
  channel: Channel;
  tone: Tone;
  /** Why the draft has this tone, in words for the reviewer (see `tone.ts`). */
  toneReason: string;
  language: string;
  subject: string;
  html: string;
  text: string;
  facts: Fact[];
  warnings: DraftWarning[];
  source: "template" | "llm";
  templateId: string;
  modelVersion?: string;
  /** False when a lint error means the draft must not be sent as it stands (a person still decides). */
  sendable: boolean;
  asOf: IsoDate;
  letter?: LetterLayout;
}

/** Firm policy that the compliance lint enforces. */
export interface DraftPolicy {
  /** May a final demand mention legal action (the firm has decided to pursue it)? */
  allowLegalActionInFinalDemand: boolean;
}

export const DEFAULT_POLICY: DraftPolicy = { allowLegalActionInFinalDemand: false };
