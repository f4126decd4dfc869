/**
 * The figures a draft may state, all read from the ledger (the client summary and payments), each
 * displayed once in the reader's locale. Templates and the LLM only ever reference these; the
 * grounding check compares a generated draft against exactly this list.
 */
import { addDays, addMonths } from "../domain/dates";
import type { IsoDate, Payment } from "../domain/types";
import { splitEvenly, sumMinor } from "../money/money";
import type { ClientSummary, OpenInvoiceView } from "../usecases/client-summary";
import { displayDate, displayMoney } from "./locale";
import type { Fact, FactKind } from "./types";

/** Days a final demand or a first installment gives the client, counted from `asOf`. */
export const DEADLINE_DAYS = 14;
export const PLAN_INSTALLMENTS = 3;

export interface FactEntry {
  fact: Fact;
  /** The template variable that states this fact, if any. */
  variable?: string;
  /** Facts stated by a block (the invoice or installment table) rather than a variable. */
  block?: "invoiceTable" | "installmentTable";
}

export interface DraftFacts {
  entries: FactEntry[];
  invoices: OpenInvoiceView[];
  currency: string;
  totalMinor: number;
  installments: { date: IsoDate; amountMinor: number }[];
  payment?: Payment;
  promise?: RecordedPromise;
}

interface EntryOptions {
  variable?: string;
  block?: FactEntry["block"];
  invoiceId?: string;
  currency?: string;
}

const MONEY_KINDS: FactKind[] = ["amount", "total-outstanding", "installment", "payment", "promise"];

/** A promise to pay as recorded (core/actions), for a reply that acknowledges it. */
export interface RecordedPromise {
  amountMinor: number;
  currency: string;
  promisedDate: IsoDate;
}

export interface FactInput {
  summary: ClientSummary;
  payments: Payment[];
  /** The client's recorded promise to pay, for a reply acknowledging it. */
  promise?: RecordedPromise;
  /** The invoices the draft is about (see `chasedInvoices`). */
  invoices: OpenInvoiceView[];
  asOf: IsoDate;
  locale: string;
  /** SMS: plain spaces instead of no-break spaces ("125 057,34 $US"), which would force UCS-2 encoding. */
  plainSpaces?: boolean;
}

/**
 * Invoices a draft chases: open, positive balance, not disputed, optionally a chosen subset. A draft
 * that says "overdue" lists only invoices past due: calling an invoice overdue early is false.
 */
export function chasedInvoices(
  summary: ClientSummary,
  invoiceIds: string[] | undefined,
  overdueOnly: boolean,
): OpenInvoiceView[] {
  const wanted = invoiceIds?.length ? new Set(invoiceIds) : undefined;
  return summary.openInvoices.filter(
    (i) => i.balanceMinor > 0 && !i.disputed && (!wanted || wanted.has(i.id)) && (!overdueOnly || i.daysPastDue > 0),
  );
}

/** Purposes and tones whose wording calls the invoices overdue. */
export function saysOverdue(purpose: string, tone: string): boolean {
  return purpose === "final-demand" || purpose === "partner-letter" || (purpose === "reminder" && tone !== "friendly");
}

export function buildFacts(input: FactInput): DraftFacts {
  const { summary, asOf, locale } = input;
  const invoices = input.invoices;
  const currency = invoices[0]?.currency ?? summary.currency;
  const plain = (text: string) => (input.plainSpaces ? text.replace(/[\u00a0\u202f]/g, " ") : text);
  const money = (minor: number) => plain(displayMoney(minor, currency, locale));
  const date = (d: IsoDate) => plain(displayDate(d, locale));
  const entries: FactEntry[] = [];
  const add = (kind: FactKind, label: string, value: string, raw: number | string, opts: EntryOptions = {}) => {
    const fact: Fact = { kind, label, value, raw };
    if (MONEY_KINDS.includes(kind)) fact.currency = opts.currency ?? currency;
    if (opts.invoiceId) fact.invoiceId = opts.invoiceId;
    const entry: FactEntry = { fact };
    if (opts.variable) entry.variable = opts.variable;
    if (opts.block) entry.block = opts.block;
    entries.push(entry);
  };
  for (const inv of invoices) {
    const ref: EntryOptions = { invoiceId: inv.id, block: "invoiceTable" };
    add("invoice-number", `Invoice number`, inv.number, inv.number, ref);
    add("date", `Due date of invoice ${inv.number}`, date(inv.dueDate), inv.dueDate, ref);
    add("amount", `Balance of invoice ${inv.number}`, money(inv.balanceMinor), inv.balanceMinor, ref);
  }
  const totalMinor = sumMinor(invoices.map((i) => i.balanceMinor));
  if (invoices.length) {
    const oldest = invoices[0]!;
    add("total-outstanding", "Total due", money(totalMinor), totalMinor, { variable: "totalOutstanding" });
    add("count", "Number of invoices", String(invoices.length), invoices.length, { variable: "invoiceCount" });
    add("invoice-number", "Oldest invoice", oldest.number, oldest.number, { variable: "oldestInvoiceNumber" });
    add("date", "Oldest due date", date(oldest.dueDate), oldest.dueDate, { variable: "oldestDueDate" });
    const late = Math.max(0, oldest.daysPastDue);
    add("days-past-due", "Days past due (oldest)", String(late), late, { variable: "daysPastDue" });
    const deadline = addDays(asOf, DEADLINE_DAYS);
    add("date", "Payment deadline", date(deadline), deadline, { variable: "paymentDeadline" });
  }
  const installments = planInstallments(totalMinor, asOf);
  installments.forEach((inst, k) => {
    // The first installment is named in the text; every installment is stated by the table.
    const amountOpts: EntryOptions = {
      block: "installmentTable",
      ...(k === 0 ? { variable: "firstInstallmentAmount" } : {}),
    };
    const dateOpts: EntryOptions = {
      block: "installmentTable",
      ...(k === 0 ? { variable: "firstInstallmentDate" } : {}),
    };
    add("installment", `Installment ${k + 1}`, money(inst.amountMinor), inst.amountMinor, amountOpts);
    add("date", `Installment ${k + 1} due`, date(inst.date), inst.date, dateOpts);
  });
  if (installments.length) {
    add("count", "Number of installments", String(installments.length), installments.length, {
      variable: "installmentCount",
    });
  }
  const payment = latestPayment(input.payments, asOf);
  if (payment) {
    const pay = (m: number) => plain(displayMoney(m, payment.currency, locale));
    add("payment", "Payment received", pay(payment.amountMinor), payment.amountMinor, {
      variable: "paymentAmount",
      currency: payment.currency,
    });
    add("date", "Payment date", date(payment.receivedDate), payment.receivedDate, { variable: "paymentDate" });
  }
  const promise = input.promise;
  if (promise) {
    add(
      "promise",
      "Promised amount",
      plain(displayMoney(promise.amountMinor, promise.currency, locale)),
      promise.amountMinor,
      {
        variable: "promiseAmount",
        currency: promise.currency,
      },
    );
    add("date", "Promised payment date", date(promise.promisedDate), promise.promisedDate, { variable: "promiseDate" });
  }
  const out: DraftFacts = { entries, invoices, currency, totalMinor, installments };
  if (payment) out.payment = payment;
  if (promise) out.promise = promise;
  return out;
}

/** A plan offer: equal monthly installments (cents on the first ones), the first after the deadline. */
export function planInstallments(totalMinor: number, asOf: IsoDate): { date: IsoDate; amountMinor: number }[] {
  if (totalMinor <= 0) return [];
  const first = addDays(asOf, DEADLINE_DAYS);
  return splitEvenly(totalMinor, PLAN_INSTALLMENTS).map((amountMinor, k) => ({
    date: addMonths(first, k),
    amountMinor,
  }));
}

function latestPayment(payments: Payment[], asOf: IsoDate): Payment | undefined {
  return payments
    .filter((p) => p.receivedDate <= asOf && p.amountMinor > 0)
    .sort((a, b) => (a.receivedDate < b.receivedDate ? 1 : a.receivedDate > b.receivedDate ? -1 : 0))[0];
}

/** Variable values for templates, from the facts that carry a variable. */
export function factVariables(facts: DraftFacts): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const e of facts.entries) if (e.variable) vars[e.variable] = e.fact.value;
  return vars;
}
