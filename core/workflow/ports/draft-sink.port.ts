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
  /** Idempotency key stamped on the Outlook message (the Nudge draft id), so a retry can find it. */
  key: string;
  /**
   * Keys a run that died may already have stamped on a message for the same steps (`key` first). The sink
   * looks them up before creating and reuses the message it finds (brought up to date while it is still a
   * draft) instead of creating a second. Absent when no earlier attempt can exist (every step was claimed
   * fresh), which spares the lookup.
   */
  reuse?: string[];
}

export interface EmailDraftReceipt {
  location: "outlook" | "queue";
  externalId?: string;
  webLink?: string;
}

export interface DraftSink {
  /** Creates (or, with `email.reuse`, finds and reuses) the draft in the owner's mailbox; never sends. */
  createEmailDraft(owner: DraftOwner, email: EmailDraft): Promise<Result<EmailDraftReceipt>>;
  /** Records the draft in Nudge's queue. Idempotent by `draft.id`: a second call for the same id is a `CONFLICT`. */
  queue(draft: WorkflowDraft): Promise<Result<{ id: string }>>;
}
