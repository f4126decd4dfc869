/**
 * Reads one canonical ledger row into typed values, collecting every problem on the row so a
 * person can fix a file in one pass instead of one error per attempt.
 */
import { normalizeInvoiceNumber } from "../../core/domain/keys";
import type { Delivery, EbillingStatus, IsoDate } from "../../core/domain/types";
import { parseAmount } from "../../core/money/money";
import type { DateParser } from "./date-format";
import { CANONICAL_COLUMNS, type CanonicalColumn, type ColumnIndex, REQUIRED_COLUMNS } from "./mapping";
import { currencyClash, readPaid } from "./amount-checks";
import { type Cell, readDelivery, readEbillingStatus, readEmails, readYesNo } from "./values";

export interface LedgerRow {
  line: number;
  clientId: string;
  clientName?: string;
  number: string;
  invoiceDate: IsoDate;
  dueDate: IsoDate;
  amountMinor: number;
  currency: string;
  matterId?: string;
  matterName?: string;
  billingPartner?: string;
  collector?: string;
  emails?: string[];
  paidDate?: IsoDate;
  /** Amount paid so far; undefined when nothing was paid. */
  paidMinor?: number;
  disputed: boolean;
  disputeReason?: string;
  delivery?: Delivery;
  ebillingStatus?: EbillingStatus;
  country?: string;
  language?: string;
}

export interface RowContext {
  index: ColumnIndex;
  parseDate: DateParser;
  decimalSeparator: "." | ",";
  /** When the separator was not declared, a bad amount gets a hint about decimal commas. */
  decimalDeclared: boolean;
  currency: string;
}

export type RowRead = { ok: true; row: LedgerRow } | { ok: false; reasons: string[] };

export function cellOf(fields: readonly string[], index: ColumnIndex, column: CanonicalColumn): string {
  const i = index[column];
  return i < 0 ? "" : (fields[i] ?? "").trim();
}

/** What the row says about its invoice; rows with the same invoice key and signature are duplicates. */
export function rowSignature(fields: readonly string[], index: ColumnIndex): string {
  let sig = "";
  for (const c of CANONICAL_COLUMNS) {
    const v = cellOf(fields, index, c);
    sig += `${c === "invoice_number" ? normalizeInvoiceNumber(v) : v}\u001f`;
  }
  return sig;
}

/** Reads rows of one file; one instance per file keeps per-row work free of closures. */
export class LedgerRowReader {
  private fields: readonly string[] = [];
  private reasons: string[] = [];
  private currency = "";

  constructor(private readonly ctx: RowContext) {}

  read(fields: readonly string[], line: number): RowRead {
    this.fields = fields;
    const reasons: string[] = [];
    this.reasons = reasons;
    for (const c of REQUIRED_COLUMNS) if (this.get(c) === "") reasons.push(`missing ${c}`);
    const currencyText = this.get("currency");
    this.currency = (currencyText || this.ctx.currency).toUpperCase();
    if (!/^[A-Z]{3}$/.test(this.currency)) {
      reasons.push(`currency "${currencyText}" is not an ISO 4217 code such as USD`);
    }
    const invoiceDate = this.date("invoice_date");
    const dueDate = this.date("due_date");
    if (invoiceDate && dueDate && dueDate < invoiceDate) {
      reasons.push(`due_date ${dueDate} is before invoice_date ${invoiceDate}`);
    }
    const amountMinor = this.money("amount");
    const paidDate = this.date("paid_date");
    const paidMinor = readPaid(
      { amount: amountMinor, paid: this.money("paid_amount"), paidDate },
      { amount: this.get("amount"), paid: this.get("paid_amount"), paidDate: this.get("paid_date") },
      reasons,
    );
    const disputed = this.collect(readYesNo("disputed", this.get("disputed")));
    const delivery = this.collect(readDelivery(this.get("delivery")));
    const ebillingStatus = this.collect(readEbillingStatus(this.get("ebilling_status")));
    const emails = this.collect(readEmails(this.get("contact_email")));
    const language = this.get("language");
    if (language !== "" && !/^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i.test(language)) {
      reasons.push(`language "${language}" is not a language code such as en or fr`);
    }
    if (reasons.length > 0 || invoiceDate === undefined || dueDate === undefined || amountMinor === undefined) {
      return { ok: false, reasons };
    }
    const disputeReason = this.get("dispute_reason");
    const row: LedgerRow = {
      line,
      clientId: this.get("client_id"),
      number: this.get("invoice_number"),
      invoiceDate,
      dueDate,
      amountMinor,
      currency: this.currency,
      // A dispute reason without a flag still means the client disputes the invoice.
      disputed: disputed ?? disputeReason !== "",
    };
    if (row.disputed && disputeReason !== "") row.disputeReason = disputeReason;
    if (paidMinor !== undefined && paidDate !== undefined) {
      row.paidMinor = paidMinor;
      row.paidDate = paidDate;
    }
    if (emails !== undefined) row.emails = emails;
    if (delivery !== undefined) row.delivery = delivery;
    if (ebillingStatus !== undefined) row.ebillingStatus = ebillingStatus;
    if (language !== "") row.language = (language.split(/[-_]/)[0] as string).toLowerCase();
    for (const [key, column] of TEXT_FIELDS) {
      const v = this.get(column);
      if (v !== "") (row as unknown as Record<string, string>)[key] = v;
    }
    return { ok: true, row };
  }

  private get(column: CanonicalColumn): string {
    return cellOf(this.fields, this.ctx.index, column);
  }

  private date(column: CanonicalColumn): IsoDate | undefined {
    const text = this.get(column);
    if (text === "") return undefined;
    const r = this.ctx.parseDate(text);
    if (r.ok) return r.date;
    this.reasons.push(`${column}: ${r.reason}`);
    return undefined;
  }

  private money(column: CanonicalColumn): number | undefined {
    const text = this.get(column);
    if (text === "") return undefined;
    const r = parseAmount(text, { decimalSeparator: this.ctx.decimalSeparator, currency: this.currency });
    if (!r.ok) {
      const hint = this.ctx.decimalDeclared ? "" : DECIMAL_HINT;
      this.reasons.push(`${column}: ${r.reason}${hint}`);
      return undefined;
    }
    const clash = currencyClash(text, this.currency);
    if (clash) this.reasons.push(`${column} "${text}" is in ${clash} but the row's currency is ${this.currency}`);
    return r.amountMinor;
  }

  private collect<T>(cell: Cell<T>): T | undefined {
    if (cell.ok) return cell.value;
    this.reasons.push(cell.reason);
    return undefined;
  }
}

const DECIMAL_HINT = ' (if amounts use a decimal comma, set "decimalSeparator": "," in the mapping)';
/** Free-text columns copied as given when not empty. */
const TEXT_FIELDS: [Exclude<keyof LedgerRow, "emails">, CanonicalColumn][] = [
  ["clientName", "client_name"],
  ["matterId", "matter_id"],
  ["matterName", "matter_name"],
  ["billingPartner", "billing_partner"],
  ["collector", "collector"],
  ["country", "country"],
];
