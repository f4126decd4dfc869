/**
 * The mailbox of the standalone preview page: the sample inbox selects items, and what the task
 * pane would hand to Outlook (a reply form, text inserted into a draft, a new message) is kept here
 * for the preview to show beside the pane.
 */
import type { MailAddress, MailItem, NewMessage, OfficeMailbox } from "./mailbox";

export interface PreviewEmail {
  id: string;
  mode: "read" | "compose";
  from?: MailAddress;
  to?: MailAddress[];
  subject: string;
  body: string;
}

export interface PreviewOutput {
  kind: "reply" | "compose" | "new-message";
  replyAll: boolean;
  subject: string;
  html: string;
  /** A new message's recipients. */
  to?: string[];
}

export class PreviewMailbox implements OfficeMailbox {
  private selected: PreviewEmail | null = null;
  private readonly itemListeners = new Set<() => void>();
  private readonly outputListeners = new Set<(output: PreviewOutput | null) => void>();
  private output: PreviewOutput | null = null;

  /** Selecting a sample is what clicking an email in Outlook does: the pane follows it. */
  select(email: PreviewEmail | null): void {
    this.selected = email;
    this.setOutput(null);
    for (const listener of this.itemListeners) listener();
  }

  selectedId(): string | null {
    return this.selected?.id ?? null;
  }

  lastOutput(): PreviewOutput | null {
    return this.output;
  }

  onOutput(listener: (output: PreviewOutput | null) => void): () => void {
    this.outputListeners.add(listener);
    return () => this.outputListeners.delete(listener);
  }

  async getItem(): Promise<MailItem | null> {
    const email = this.selected;
    if (!email) return null;
    const item: MailItem = { mode: email.mode, subject: email.subject, bodyText: async () => email.body };
    if (email.from) item.from = email.from;
    if (email.to) item.to = email.to;
    return item;
  }

  onItemChanged(callback: () => void): () => void {
    this.itemListeners.add(callback);
    return () => this.itemListeners.delete(callback);
  }

  async displayReply(html: string, replyAll = false): Promise<void> {
    if (this.selected?.mode !== "read") throw new Error("no email is open to reply to");
    this.setOutput({ kind: "reply", replyAll, subject: `RE: ${this.selected.subject}`, html });
  }

  async insertIntoCompose(html: string): Promise<void> {
    if (this.selected?.mode !== "compose") throw new Error("no message is being composed");
    const before = this.output?.kind === "compose" ? this.output.html : "";
    this.setOutput({ kind: "compose", replyAll: false, subject: this.selected.subject, html: before + html });
  }

  /** Like Outlook's new-message form (Mailbox 1.6): opens beside whatever is selected, in read mode. */
  async displayNewMessage(message: NewMessage): Promise<void> {
    if (this.selected?.mode === "compose") throw new Error("a message is already being written");
    this.setOutput({
      kind: "new-message",
      replyAll: false,
      subject: message.subject,
      html: message.html,
      to: [...message.to],
    });
  }

  private setOutput(output: PreviewOutput | null): void {
    this.output = output;
    for (const listener of this.outputListeners) listener(output);
  }
}
