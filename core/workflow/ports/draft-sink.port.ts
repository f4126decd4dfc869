/**
 * Where a draft the engine made goes. Nothing here sends: an email lands in the collector's own
 * Outlook Drafts folder (Microsoft Graph adapter) and every draft is recorded in Nudge's queue, where
 * SMS, letters and tasks wait for a person. With no Graph configured, the queue is the only place
 * (the local default): `createEmailDraft` then answers `location: "queue"`.
 */
import type { Result } from "../../errors/codes";
import type { WorkflowDraft } from "../documents";

/** The collector whose mailbox receives the draft. */
export interface DraftOwner {
  userId: string;
  email: string;
  /** Entra object id: Graph addresses the mailbox by it when known. */
  aadObjectId?: string;
}

export interface EmailDraft {
  subject: string;
  html: string;
  to: string[];
}

export interface EmailDraftReceipt {
  location: "outlook" | "queue";
  externalId?: string;
  webLink?: string;
}

export interface DraftSink {
  createEmailDraft(owner: DraftOwner, email: EmailDraft): Promise<Result<EmailDraftReceipt>>;
  /** Records the draft in Nudge's queue. Idempotent by `draft.id`: a second call for the same id is a `CONFLICT`. */
  queue(draft: WorkflowDraft): Promise<Result<{ id: string }>>;
}
