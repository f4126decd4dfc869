/**
 * office.js behind the `OfficeMailbox` interface. Only this folder touches office.js; the Office
 * object is passed in (the real global in the task pane, an office-addin-mock object in tests).
 */
import type { MailAddress, MailItem, NewMessage, OfficeMailbox } from "./mailbox";
import type { OfficeCallback, OfficeEmailAddressDetails, OfficeItem, OfficeLike } from "./office-api";

/**
 * `mailbox.displayNewMessageForm` came with Mailbox 1.6 (read mode). The manifest asks for a higher
 * set (manifest/manifest.template.json), but the host is asked anyway: a host that loads the pane
 * without it, or a pane opened outside a mail item, copies the draft instead.
 */
export const NEW_MESSAGE_FORM = { set: "Mailbox", minVersion: "1.6" } as const;

/** What the form takes (office.js MessageForm): 32 KB of body, a 255-character subject, 100 recipients. */
export const NEW_MESSAGE_LIMITS = { htmlBody: 32 * 1024, subject: 255, recipients: 100 } as const;

export function supportsNewMessageForm(office: OfficeLike): boolean {
  const { mailbox, requirements } = office.context;
  if (typeof mailbox.displayNewMessageForm !== "function") return false;
  return requirements?.isSetSupported(NEW_MESSAGE_FORM.set, NEW_MESSAGE_FORM.minVersion) ?? false;
}

/** Opens Outlook's new-message form filled in; a message the form cannot take is refused, not cut short. */
function displayNewMessage(office: OfficeLike, message: NewMessage): Promise<void> {
  const bytes = new TextEncoder().encode(message.html).length;
  if (bytes > NEW_MESSAGE_LIMITS.htmlBody) return Promise.reject(new Error("the message is too long for a new form"));
  if (message.subject.length > NEW_MESSAGE_LIMITS.subject || message.to.length > NEW_MESSAGE_LIMITS.recipients)
    return Promise.reject(new Error("the subject or recipients do not fit a new form"));
  try {
    office.context.mailbox.displayNewMessageForm!({
      toRecipients: message.to,
      subject: message.subject,
      htmlBody: message.html,
    });
    return Promise.resolve();
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error("Outlook could not open a new message"));
  }
}

/** Turns an office.js callback API into a promise; a failed AsyncResult rejects with its message. */
export function officeCall<T>(office: OfficeLike, start: (callback: OfficeCallback<T>) => void): Promise<T> {
  const failed = office.AsyncResultStatus?.Failed ?? "failed";
  return new Promise<T>((resolve, reject) => {
    start((result) => {
      if (result.status === failed) reject(new Error(result.error?.message ?? "office.js call failed"));
      else resolve(result.value);
    });
  });
}

export const toMailAddress = (d: OfficeEmailAddressDetails): MailAddress =>
  d.displayName ? { email: d.emailAddress, name: d.displayName } : { email: d.emailAddress };

async function composeItem(office: OfficeLike, item: OfficeItem): Promise<MailItem> {
  const subject = typeof item.subject === "string" ? item.subject : await officeCall(office, item.subject.getAsync);
  const to = item.to && !Array.isArray(item.to) ? await officeCall(office, item.to.getAsync) : (item.to ?? []);
  return {
    mode: "compose",
    subject,
    to: to.map(toMailAddress),
    bodyText: () => officeCall(office, (cb) => item.body.getAsync(office.CoercionType.Text, cb)),
  };
}

function readItem(office: OfficeLike, item: OfficeItem): MailItem {
  const mail: MailItem = {
    mode: "read",
    subject: item.subject as string,
    bodyText: () => officeCall(office, (cb) => item.body.getAsync(office.CoercionType.Text, cb)),
  };
  if (item.from && "emailAddress" in item.from) mail.from = toMailAddress(item.from);
  if (Array.isArray(item.to)) mail.to = item.to.map(toMailAddress);
  return mail;
}

export function createOfficeMailbox(office: OfficeLike): OfficeMailbox {
  const current = () => office.context.mailbox.item ?? null;
  const newMessage = supportsNewMessageForm(office)
    ? { displayNewMessage: (message: NewMessage) => displayNewMessage(office, message) }
    : {};
  return {
    ...newMessage,
    async getItem() {
      const item = current();
      if (!item) return null;
      // In read mode subject is a string; in compose it is an object with getAsync.
      return typeof item.subject === "string" ? readItem(office, item) : composeItem(office, item);
    },
    onItemChanged(callback) {
      const mailbox = office.context.mailbox;
      // ItemChanged only fires for a pinned pane; hosts without it simply reload the pane per item.
      mailbox.addHandlerAsync?.(office.EventType.ItemChanged, callback);
      return () => mailbox.removeHandlerAsync?.(office.EventType.ItemChanged);
    },
    async displayReply(html, replyAll = false) {
      const item = current();
      const open = replyAll ? item?.displayReplyAllForm : item?.displayReplyForm;
      if (!item || !open) throw new Error("no email is open to reply to");
      open.call(item, { htmlBody: html });
    },
    async insertIntoCompose(html) {
      const item = current();
      const body = item?.body;
      if (!body?.setSelectedDataAsync) throw new Error("no message is being composed");
      await officeCall<void>(office, (cb) =>
        body.setSelectedDataAsync!(html, { coercionType: office.CoercionType.Html }, cb),
      );
    },
  };
}
