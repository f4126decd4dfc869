/**
 * Reads one canonical ledger row into typed values, collecting every problem on the row so a
 * person can fix a file in one pass instead of one error per attempt.
 */
import { normalizeInvoiceNumber } from "../../core/domain/keys";
import type { Delivery, EbillingStatus, IsoDate } from "../../core/domain/types";
import { parseAmount } from "../../core/money/money";
import type { DateParser } from "./date-format";
import { CANONICAL_COLUMNS, type CanonicalColumn, type ColumnIndex, REQUIRED_COLUMNS } from "./mapping";
import { readDelivery, readEbillingStatus, readEmails, readYesNo } from "./values";

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

const SYMBOL_CURRENCY: Record<string, string> = { "€": "EUR", "£": "GBP", "₹": "INR", zł: "PLN" };

export function readLedgerRow(fields: readonly string[], line: number, ctx: RowContext): RowRead {
  const get = (c: CanonicalColumn): string => cellOf(fields, ctx.index, c);
  const reasons: string[] = [];
  for (const c of REQUIRED_COLUMNS) if (get(c) === "") reasons.push(`missing ${c}`);
  const currencyText = get("currency");
  const currency = (currencyText || ctx.currency).toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) reasons.push(`currency "${currencyText}" is not an ISO 4217 code such as USD`);

  const date = (c: CanonicalColumn): IsoDate | undefined => {
    const text = get(c);
    if (text === "") return undefined;
    const r = ctx.parseDate(text);
    if (r.ok) return r.date;
    reasons.push(`${c}: ${r.reason}`);
    return undefined;
  };
  const money = (c: CanonicalColumn): number | undefined => {
    const text = get(c);
    if (text === "") return undefined;
    const r = parseAmount(text, { decimalSeparator: ctx.decimalSeparator, currency });
    if (!r.ok) {
      const hint = ctx.decimalDeclared
        ? ""
        : ' (if amounts use a decimal comma, set "decimalSeparator": "," in the mapping)';
      reasons.push(`${c}: ${r.reason}${hint}`);
      return undefined;
    }
    const clash = currencyIn(text, currency);
    if (clash) reasons.push(`${c} "${text}" is in ${clash} but the row's currency is ${currency}`);
    return r.amountMinor;
  };

  const invoiceDate = date("invoice_date");
  const dueDate = date("due_date");
  if (invoiceDate && dueDate && dueDate < invoiceDate) {
    reasons.push(`due_date ${dueDate} is before invoice_date ${invoiceDate}`);
  }
  const amountMinor = money("amount");
  const paidDate = date("paid_date");
  const paidMinor = readPaid(
    { amount: amountMinor, paid: money("paid_amount"), paidDate },
    { amount: get("amount"), paid: get("paid_amount"), paidDate: get("paid_date") },
    reasons,
  );
  const disputed = collect(readYesNo("disputed", get("disputed")), reasons);
  const delivery = collect(readDelivery(get("delivery")), reasons);
  const ebillingStatus = collect(readEbillingStatus(get("ebilling_status")), reasons);
  const emails = collect(readEmails(get("contact_email")), reasons);
  const languageText = get("language");
  if (languageText !== "" && !/^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i.test(languageText)) {
    reasons.push(`language "${languageText}" is not a language code such as en or fr`);
  }
  if (reasons.length > 0 || invoiceDate === undefined || dueDate === undefined || amountMinor === undefined) {
    return { ok: false, reasons };
  }

  const disputeReason = get("dispute_reason");
  const row: LedgerRow = {
    line,
    clientId: get("client_id"),
    number: get("invoice_number"),
    invoiceDate,
    dueDate,
    amountMinor,
    currency,
    // A dispute reason without a flag still means the client disputes the invoice.
    disputed: disputed ?? disputeReason !== "",
  };
  const optional: [keyof LedgerRow, unknown][] = [
    ["clientName", get("client_name")],
    ["matterId", get("matter_id")],
    ["matterName", get("matter_name")],
    ["billingPartner", get("billing_partner")],
    ["collector", get("collector")],
    ["emails", emails],
    ["paidDate", paidMinor === undefined ? undefined : paidDate],
    ["paidMinor", paidMinor],
    ["disputeReason", row.disputed ? disputeReason : ""],
    ["delivery", delivery],
    ["ebillingStatus", ebillingStatus],
    ["country", get("country")],
    ["language", languageText.split(/[-_]/)[0]?.toLowerCase()],
  ];
  const target = row as unknown as Record<string, unknown>;
  for (const [key, value] of optional) if (value !== undefined && value !== "") target[key] = value;
  return { ok: true, row };
}

/**
 * A paid date alone means paid in full on that day. A paid amount needs its date (days-to-pay
 * feeds the payment model) and must lie between zero and the invoice amount.
 */
function readPaid(
  values: { amount: number | undefined; paid: number | undefined; paidDate: IsoDate | undefined },
  texts: { amount: string; paid: string; paidDate: string },
  reasons: string[],
): number | undefined {
  const { amount, paid, paidDate } = values;
  if (texts.paid === "") return texts.paidDate === "" ? undefined : amount;
  if (paid === undefined) return undefined;
  if (paid === 0) {
    if (texts.paidDate !== "") reasons.push("paid_date is set but paid_amount is 0");
    return undefined;
  }
  if (texts.paidDate === "") reasons.push("paid_amount needs a paid_date");
  if (amount === undefined) return undefined;
  if (Math.sign(paid) !== Math.sign(amount)) {
    reasons.push(`paid_amount ${texts.paid} and amount ${texts.amount} have opposite signs`);
  } else if (Math.abs(paid) > Math.abs(amount)) {
    reasons.push(`paid_amount ${texts.paid} is more than amount ${texts.amount}`);
  }
  return paidDate === undefined ? undefined : paid;
}

function collect<T>(cell: { ok: true; value: T | undefined } | { ok: false; reason: string }, reasons: string[]) {
  if (cell.ok) return cell.value;
  reasons.push(cell.reason);
  return undefined;
}

/** A currency code or symbol written in the amount that contradicts the row's currency. */
function currencyIn(text: string, currency: string): string | undefined {
  const code = /[A-Za-z]{3}/.exec(text)?.[0].toUpperCase();
  if (code && code !== currency) return code;
  for (const [symbol, cur] of Object.entries(SYMBOL_CURRENCY))
    if (text.includes(symbol) && cur !== currency) return cur;
  return undefined;
}
