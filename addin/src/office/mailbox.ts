/**
 * The mailbox as the task pane needs it. Components depend on this interface only, so they render
 * and test without Office; `office-mailbox.ts` adapts office.js to it and `preview-mailbox.ts`
 * drives it from the preview page's sample inbox.
 */
export interface MailAddress {
  email: string;
  name?: string;
}

export interface MailItem {
  /** Read: an email is open. Compose: the user is writing one. */
  mode: "read" | "compose";
  from?: MailAddress;
  to?: MailAddress[];
  subject: string;
  /** Plain-text body; fetched on demand because office.js reads it asynchronously. */
  bodyText(): Promise<string>;
}

/** A new message for the user to review and send from the host (never sent by Nudge). */
export interface NewMessage {
  to: string[];
  subject: string;
  html: string;
}

export interface OfficeMailbox {
  /** The selected item, or null when none is selected (a pinned pane between selections). */
  getItem(): Promise<MailItem | null>;
  /** Called whenever the selected item changes; returns the unsubscribe function. */
  onItemChanged(callback: () => void): () => void;
  /** Opens the host's reply (or reply-all) form with this HTML body for the user to edit and send. */
  displayReply(html: string, replyAll?: boolean): Promise<void>;
  /** Inserts HTML at the cursor of the message being composed. */
  insertIntoCompose(html: string): Promise<void>;
  /**
   * Opens the host's new-message form filled in, for the user to review and send. Absent where the
   * host cannot (Outlook without Mailbox 1.6, no mailbox at all): callers copy the message instead.
   */
  displayNewMessage?(message: NewMessage): Promise<void>;
}
