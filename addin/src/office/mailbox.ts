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

export interface OfficeMailbox {
  /** The selected item, or null when none is selected (a pinned pane between selections). */
  getItem(): Promise<MailItem | null>;
  /** Called whenever the selected item changes; returns the unsubscribe function. */
  onItemChanged(callback: () => void): () => void;
  /** Opens the host's reply (or reply-all) form with this HTML body for the user to edit and send. */
  displayReply(html: string, replyAll?: boolean): Promise<void>;
  /** Inserts HTML at the cursor of the message being composed. */
  insertIntoCompose(html: string): Promise<void>;
}
