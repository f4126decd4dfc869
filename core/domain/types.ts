/**
 * The domain objects of a law firm's receivables. Pure data: no host SDK types ever appear here.
 * Money is integer minor units (cents) beside an ISO 4217 currency; dates are ISO `YYYY-MM-DD`
 * strings (calendar days, no time zone), instants are ISO 8601 timestamps.
 */

/** Calendar day, `YYYY-MM-DD`. */
export type IsoDate = string;
/** Instant, ISO 8601 with `Z`. */
export type IsoInstant = string;
export type CurrencyCode = string;

export type Role = "specialist" | "partner" | "manager" | "admin";
export type Channel = "email" | "sms" | "letter";

/** Who changed a record and when; every stored write carries it. */
export interface Stamp {
  createdAt: IsoInstant;
  createdBy: string;
  updatedAt: IsoInstant;
  updatedBy: string;
}

/** A law firm: the unit of tenant isolation. */
export interface Tenant {
  id: string;
  name: string;
  timeZone: string;
  defaultCurrency: CurrencyCode;
  /** When Nudge began acting for this firm: splits the baseline from the after period. */
  nudgeStartDate?: IsoDate;
}

export interface User {
  tenantId: string;
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  /** Highest write-off / plan amount this user may approve alone, in the firm's currency minor units. */
  approvalLimitMinor?: number;
  /** Entra object id, when the user signs in through Entra ID. */
  aadObjectId?: string;
}

export interface Contact {
  name?: string;
  email: string;
  phone?: string;
  title?: string;
  /** The contact asked not to be contacted about collections (honoured by every channel). */
  optOut?: boolean;
}

export interface Client {
  tenantId: string;
  id: string;
  name: string;
  contacts: Contact[];
  /** Lower-case email domains that identify this client's people (e.g. `acme.com`). */
  emailDomains: string[];
  billingPartnerId?: string;
  collectorId?: string;
  /** BCP 47 primary language (`en`, `es`, `fr`, `de`, `pl`). */
  language: string;
  preferredChannel: Channel;
  country?: string;
  /** Consumer (individual) clients fall under debt-collection rules: stricter contact policy. */
  consumer?: boolean;
  timeZone?: string;
  address?: string[];
  stamp?: Stamp;
}

export interface Matter {
  tenantId: string;
  id: string;
  clientId: string;
  name: string;
  responsiblePartnerId?: string;
  practiceGroup?: string;
  feeArrangement?: "hourly" | "fixed" | "contingency" | "retainer" | "other";
  sensitive?: boolean;
  stamp?: Stamp;
}

export type InvoiceStatus = "open" | "paid" | "written-off";
export type EbillingStatus = "submitted" | "accepted" | "rejected";
export type Delivery = "paper" | "electronic" | "portal";

export interface Invoice {
  tenantId: string;
  /** Stable id: the natural key `clientId` + invoice number, see `invoiceKey`. */
  id: string;
  clientId: string;
  matterId?: string;
  number: string;
  invoiceDate: IsoDate;
  dueDate: IsoDate;
  amountMinor: number;
  /** What is still owed; 0 once paid or written off. */
  balanceMinor: number;
  currency: CurrencyCode;
  status: InvoiceStatus;
  /** Day the balance reached zero by payment. */
  paidDate?: IsoDate;
  disputed: boolean;
  disputeReason?: string;
  delivery?: Delivery;
  ebillingStatus?: EbillingStatus;
  stamp?: Stamp;
}

export interface PaymentApplication {
  invoiceId: string;
  amountMinor: number;
}

export interface Payment {
  tenantId: string;
  id: string;
  clientId?: string;
  receivedDate: IsoDate;
  amountMinor: number;
  currency: CurrencyCode;
  reference?: string;
  applications: PaymentApplication[];
  /** Received but not yet matched to an invoice: held and listed for matching. */
  unappliedMinor: number;
  stamp?: Stamp;
}

export interface Credit {
  tenantId: string;
  id: string;
  clientId: string;
  invoiceId: string;
  kind: "credit-note" | "write-off";
  amountMinor: number;
  currency: CurrencyCode;
  date: IsoDate;
  reason: string;
  approvedBy?: string;
  stamp?: Stamp;
}

export type InteractionKind =
  | "email-drafted"
  | "email-sent"
  | "email-received"
  | "call"
  | "note"
  | "letter"
  | "sms"
  | "promise"
  | "dispute"
  | "hardship"
  | "escalation"
  | "decision"
  | "payment"
  | "plan"
  | "hold"
  | "config-change"
  | "import"
  /**
   * An email address linked to (or unlinked from) the client. Its own kind, not a "note": a note
   * counts as handling a pending reply and as a comment in the documentation-quality report.
   */
  | "contact-link";

/**
 * One entry of the audit trail: appended, never edited. `hash` chains each record to the previous
 * record of the same client so tampering is detectable.
 */
export interface Interaction {
  tenantId: string;
  id: string;
  clientId: string;
  invoiceIds?: string[];
  kind: InteractionKind;
  at: IsoInstant;
  actorId: string;
  summary: string;
  data?: Record<string, unknown>;
  prevHash?: string;
  hash?: string;
}
