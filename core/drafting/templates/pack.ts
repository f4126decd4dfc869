/**
 * The shape of one language's built-in templates. Each purpose has wording for the tones it uses;
 * a tone it lacks resolves to the nearest one (see `catalog.ts`). Each kind of client message a
 * reply answers has its own wording, friendly (see `tone.ts`). Bodies are plain text with
 * `{{variables}}`; a paragraph that is only `{{invoiceTable}}` or `{{installmentTable}}` is a table.
 */
import type { Language } from "../locale";
import type { DraftPurpose, ReplyKind, Tone } from "../types";

export interface ToneText {
  subject: string;
  /** Email and letter body. */
  body: string;
  /** SMS text: short, no tables. */
  sms: string;
}

export interface LanguagePack {
  language: Language;
  labels: { invoice: string; dueDate: string; balance: string; total: string; installment: string; date: string };
  /** Required wording for consumer (individual) clients on email and letters: dispute and verification rights. */
  consumerNotice: string;
  /** Required on consumer SMS: how to stop messages. */
  smsOptOut: string;
  replyPrefix: string;
  purposes: Record<DraftPurpose, Partial<Record<Tone, ToneText>>>;
  /** Replies to an accepted reading of the client's email, one wording per kind (friendly). */
  replies: Record<ReplyKind, ToneText>;
}
