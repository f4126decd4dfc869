/**
 * The slice of the office.js API Nudge uses, typed structurally (no @types/office-js needed): the
 * real `Office` global and office-addin-mock objects both fit it, so the adapter is tested without
 * a host. Names and shapes follow the Mailbox requirement sets 1.1-1.14.
 */
export interface OfficeAsyncResult<T> {
  status: string;
  value: T;
  error?: { message?: string; code?: number | string };
}
export type OfficeCallback<T> = (result: OfficeAsyncResult<T>) => void;

export interface OfficeEmailAddressDetails {
  emailAddress: string;
  displayName?: string;
}

interface OfficeBody {
  getAsync(coercionType: unknown, callback: OfficeCallback<string>): void;
  setSelectedDataAsync?(data: string, options: { coercionType: unknown }, callback: OfficeCallback<void>): void;
}

/** A read item has string subject and arrays; a compose item has getAsync objects instead. */
export interface OfficeItem {
  subject: string | { getAsync(callback: OfficeCallback<string>): void };
  from?: OfficeEmailAddressDetails | { getAsync(callback: OfficeCallback<OfficeEmailAddressDetails>): void };
  to?: OfficeEmailAddressDetails[] | { getAsync(callback: OfficeCallback<OfficeEmailAddressDetails[]>): void };
  body: OfficeBody;
  displayReplyForm?(form: { htmlBody: string }): void;
  displayReplyAllForm?(form: { htmlBody: string }): void;
}

/** `Office.context.mailbox.displayNewMessageForm`'s parameters (Mailbox 1.6), the part Nudge fills in. */
export interface OfficeNewMessageForm {
  toRecipients: string[];
  subject: string;
  htmlBody: string;
}

export interface OfficeTheme {
  bodyBackgroundColor?: string;
  themeId?: string;
}

export interface OfficeLike {
  context: {
    mailbox: {
      item: OfficeItem | null | undefined;
      addHandlerAsync?(eventType: unknown, handler: () => void, callback?: OfficeCallback<void>): void;
      removeHandlerAsync?(eventType: unknown, callback?: OfficeCallback<void>): void;
      displayNewMessageForm?(parameters: OfficeNewMessageForm): void;
    };
    /** Which requirement sets the host implements (`isSetSupported("Mailbox", "1.6")`). */
    requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
    officeTheme?: OfficeTheme;
    displayLanguage?: string;
  };
  CoercionType: { Text: unknown; Html: unknown };
  EventType: { ItemChanged: unknown };
  AsyncResultStatus?: { Succeeded: unknown; Failed: unknown };
}
