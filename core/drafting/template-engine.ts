/**
 * Strict template variables. An administrator's template is validated when it is saved: an unknown
 * `{{variable}}` is a clear error then, never a blank in a client's email later. Rendering with a
 * value missing throws, because by then it is a bug (the caller promised the variable).
 */
import type { Channel } from "../domain/types";
import { fail, ok, type Result } from "../errors/codes";
import type { DraftPurpose, FactKind, ReplyKind, Tone } from "./types";

export interface DraftTemplate {
  id: string;
  purpose: DraftPurpose;
  /** A reply's own wording for one kind of client message (a reply without it is the general reply). */
  replyKind?: ReplyKind;
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
  promiseAmount: "Amount of the client's recorded promise to pay",
  promiseDate: "Date of the client's recorded promise to pay",
  invoiceTable: "Table of the invoices (own paragraph)",
  installmentTable: "Table of the installments (own paragraph)",
} as const;

export type TemplateVariable = keyof typeof TEMPLATE_VARIABLES;
export const BLOCK_VARIABLES = ["invoiceTable", "installmentTable"] as const;
export type BlockVariable = (typeof BLOCK_VARIABLES)[number];

/** Which figures a template can state: each group has a value only in some templates. */
type VariableGroup = "invoices" | "installments" | "payment" | "promise";

const GROUP_VARIABLES: Record<VariableGroup, readonly TemplateVariable[]> = {
  invoices: [
    "totalOutstanding",
    "invoiceCount",
    "oldestInvoiceNumber",
    "oldestDueDate",
    "daysPastDue",
    "paymentDeadline",
    "invoiceTable",
  ],
  installments: ["installmentCount", "firstInstallmentAmount", "firstInstallmentDate", "installmentTable"],
  payment: ["paymentAmount", "paymentDate"],
  promise: ["promiseAmount", "promiseDate"],
};

const PURPOSE_GROUPS: Record<DraftPurpose, VariableGroup[]> = {
  reminder: ["invoices"],
  reply: ["invoices"],
  receipt: ["payment"],
  "plan-offer": ["invoices", "installments"],
  "partner-letter": ["invoices"],
  "final-demand": ["invoices"],
};

/**
 * A reply to one kind of client message states only what it needs: a promise its recorded amount
 * and date, hardship a plan; a dispute, a payment notice and a wrong-contact reply no figure at all
 * (nothing about the account goes to someone who may not be the client).
 */
const REPLY_GROUPS: Record<ReplyKind, VariableGroup[]> = {
  promise: ["invoices", "promise"],
  dispute: [],
  hardship: ["invoices", "installments"],
  paid: [],
  remittance: [],
  "wrong-contact": [],
};

/** Where a template is used: a purpose, and for a reply the kind of message it answers. */
export type TemplateSlot = Pick<DraftTemplate, "purpose" | "replyKind">;

function groupsOf(slot: TemplateSlot): VariableGroup[] {
  return slot.purpose === "reply" && slot.replyKind ? REPLY_GROUPS[slot.replyKind] : PURPOSE_GROUPS[slot.purpose];
}

/** True when a template in `slot` may use `name` (the names of people are allowed everywhere). */
export function variableAllowed(name: TemplateVariable, slot: TemplateSlot): boolean {
  const group = (Object.keys(GROUP_VARIABLES) as VariableGroup[]).find((g) => GROUP_VARIABLES[g].includes(name));
  return group === undefined || groupsOf(slot).includes(group);
}

/** The facts a generated draft in `slot` must state (a promise reply that omits the promise is no answer). */
export function requiredFactKinds(slot: TemplateSlot): FactKind[] {
  const groups = groupsOf(slot);
  if (groups.includes("promise")) return ["promise"];
  if (groups.includes("payment")) return ["payment"];
  return groups.includes("invoices") ? ["total-outstanding"] : [];
}

/** A readable name of the slot, for messages. */
export function slotName(slot: TemplateSlot): string {
  return slot.purpose === "reply" && slot.replyKind ? `${slot.replyKind} reply` : `${slot.purpose} template`;
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
  if (template.replyKind !== undefined && template.purpose !== "reply") {
    problems.push(`replyKind: only a reply answers a kind of message, not a ${template.purpose}`);
  }
  for (const [field, text] of [
    ["subject", template.subject],
    ["body", template.body],
  ] as const) {
    const stripped = text.replace(VAR, "");
    if (/\{\{|\}\}/.test(stripped)) problems.push(`${field}: unbalanced "{{" or "}}"`);
    for (const name of variablesIn(text)) {
      if (!isTemplateVariable(name)) problems.push(`${field}: unknown variable {{${name}}}`);
      else if (!variableAllowed(name, template)) {
        problems.push(`${field}: {{${name}}} has no value in a ${slotName(template)}`);
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
