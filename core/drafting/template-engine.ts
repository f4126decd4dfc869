/**
 * Strict template variables. An administrator's template is validated when it is saved: an unknown
 * `{{variable}}` is a clear error then, never a blank in a client's email later. Rendering with a
 * value missing throws, because by then it is a bug (the caller promised the variable).
 */
import type { Channel } from "../domain/types";
import { fail, ok, type Result } from "../errors/codes";
import type { DraftPurpose, Tone } from "./types";

export interface DraftTemplate {
  id: string;
  purpose: DraftPurpose;
  channel: Channel;
  tone: Tone;
  language: string;
  subject: string;
  body: string;
}

/** Every variable a template may use, with what it means (shown in the template editor). */
export const TEMPLATE_VARIABLES = {
  contactName: "Name of the person addressed",
  clientName: "Client (company or person) name",
  firmName: "Your firm's name",
  partnerName: "Billing partner's name",
  senderName: "Name of the person sending",
  totalOutstanding: "Total of the invoices chased",
  invoiceCount: "Number of invoices chased",
  oldestInvoiceNumber: "Number of the oldest invoice",
  oldestDueDate: "Due date of the oldest invoice",
  daysPastDue: "Days the oldest invoice is past due",
  paymentDeadline: "Date by which payment is requested",
  installmentCount: "Number of installments offered",
  firstInstallmentAmount: "Amount of the first installment",
  firstInstallmentDate: "Due date of the first installment",
  paymentAmount: "Amount of the latest payment",
  paymentDate: "Date of the latest payment",
  invoiceTable: "Table of the invoices (own paragraph)",
  installmentTable: "Table of the installments (own paragraph)",
} as const;

export type TemplateVariable = keyof typeof TEMPLATE_VARIABLES;
export const BLOCK_VARIABLES = ["invoiceTable", "installmentTable"] as const;
export type BlockVariable = (typeof BLOCK_VARIABLES)[number];

const INVOICE_PURPOSES: DraftPurpose[] = ["reminder", "reply", "plan-offer", "partner-letter", "final-demand"];
const INVOICE_VARIABLES: TemplateVariable[] = [
  "totalOutstanding",
  "invoiceCount",
  "oldestInvoiceNumber",
  "oldestDueDate",
  "daysPastDue",
  "paymentDeadline",
  "invoiceTable",
];

/** Variables that have a value only for some purposes (a receipt has a payment, not a plan). */
function purposesOf(name: TemplateVariable): DraftPurpose[] | undefined {
  if (name === "paymentAmount" || name === "paymentDate") return ["receipt"];
  if (/^(installment|firstInstallment)/.test(name)) return ["plan-offer"];
  return INVOICE_VARIABLES.includes(name) ? INVOICE_PURPOSES : undefined;
}

const VAR = /\{\{\s*([^{}]*?)\s*\}\}/g;

export function isTemplateVariable(name: string): name is TemplateVariable {
  return Object.hasOwn(TEMPLATE_VARIABLES, name);
}

function isBlock(name: string): name is BlockVariable {
  return (BLOCK_VARIABLES as readonly string[]).includes(name);
}

/** Names used in a text, in order of first use. */
export function variablesIn(text: string): string[] {
  return [...new Set([...text.matchAll(VAR)].map((m) => m[1] ?? ""))];
}

export type TemplateBlock = { kind: "text"; text: string } | { kind: BlockVariable };

/** Splits a body into paragraphs; a paragraph that is exactly a block variable becomes that block. */
export function parseBody(body: string): TemplateBlock[] {
  return body
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const only = /^\{\{\s*(\w+)\s*\}\}$/.exec(p)?.[1];
      return only && isBlock(only) ? { kind: only } : { kind: "text" as const, text: p };
    });
}

/** Checks a template before it is saved: known variables only, balanced braces, tables on their own. */
export function validateTemplate(template: DraftTemplate): Result<DraftTemplate> {
  const problems: string[] = [];
  for (const [field, text] of [
    ["subject", template.subject],
    ["body", template.body],
  ] as const) {
    const stripped = text.replace(VAR, "");
    if (/\{\{|\}\}/.test(stripped)) problems.push(`${field}: unbalanced "{{" or "}}"`);
    for (const name of variablesIn(text)) {
      if (!isTemplateVariable(name)) problems.push(`${field}: unknown variable {{${name}}}`);
      else if (!(purposesOf(name) ?? [template.purpose]).includes(template.purpose)) {
        problems.push(`${field}: {{${name}}} has no value in a ${template.purpose} template`);
      }
    }
  }
  for (const name of variablesIn(template.subject)) {
    if (isBlock(name)) problems.push(`subject: {{${name}}} is a table and cannot appear in a subject`);
  }
  const blocks = parseBody(template.body);
  for (const b of blocks) {
    if (b.kind !== "text") continue;
    for (const name of variablesIn(b.text)) {
      if (isBlock(name)) problems.push(`body: {{${name}}} must be a paragraph of its own`);
    }
  }
  if (template.channel === "sms" && blocks.some((b) => b.kind !== "text")) {
    problems.push("body: an SMS cannot contain a table");
  }
  if (!template.body.trim()) problems.push("body: empty");
  if (template.channel !== "sms" && !template.subject.trim()) problems.push("subject: empty");
  if (problems.length)
    return fail("VALIDATION", `template ${template.id} is not valid: ${problems.join("; ")}`, problems);
  return ok(template);
}

/** Replaces every `{{variable}}`; a variable without a value is a bug and throws. */
export function fill(text: string, values: Readonly<Record<string, string>>, templateId: string): string {
  return text.replace(VAR, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`template ${templateId} uses {{${name}}} but no value was provided`);
    return value;
  });
}
