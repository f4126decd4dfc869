/**
 * Queue answers shaped like the local stack's after a daily run on the demo firm (GET /drafts,
 * GET /tasks), as the API gives them to the specialist Jamie Chen, for the queue's component tests.
 * Clients and invoices match test-support/fixtures.
 */
import type { ClientSummary, Me, QueueDraft, QueueInvoice, QueueTask } from "../api/types";
import { summary } from "../test-support/fixtures";

const invoice = (id: string, balanceMinor: number, open = true): QueueInvoice => ({
  id,
  number: id.split("|")[1]!,
  balanceMinor,
  balance: (balanceMinor / 100).toFixed(2),
  currency: "USD",
  open,
});

const base: Omit<
  QueueDraft,
  "id" | "channel" | "purpose" | "stepId" | "invoiceIds" | "invoices" | "subject" | "text" | "to" | "location"
> = {
  clientId: "CL-1047",
  clientName: "Proseware Capital Inc.",
  collectorId: "u-chen",
  collectorName: "Jamie Chen",
  tone: "friendly",
  sequenceId: "standard",
  html: "<p>Dear Accounts Payable,</p><p>Invoice 21690 is open.</p>",
  templateId: "builtin:en:reminder:email:friendly",
  source: "template",
  status: "awaiting-review",
  runDate: "2026-11-23",
  createdAt: "2026-11-23T07:00:00.000Z",
  needsApproval: false,
  warnings: [],
  balancesAsOf: "drafted",
  mayApprove: false,
  maySend: true,
};

export const emailDraft: QueueDraft = {
  ...base,
  id: "CL-1047|2026-11-23|draft|e1",
  channel: "email",
  purpose: "reminder",
  stepId: "+30",
  invoiceIds: ["CL-1047|21690"],
  invoices: [invoice("CL-1047|21690", 1506000)],
  subject: "Past-due notice: $15,060.00 outstanding with Hartwell & Pryce LLP",
  text: "Dear Accounts Payable,\n\nInvoice 21690 is open for $15,060.00.\n\nKind regards,\nJamie Chen",
  to: ["ap@proseware-capital.example"],
  location: "queue",
  warnings: ["Quiet hours: not before 08:00 in the recipient's time zone"],
  sendAfter: { date: "2026-11-24", hour: 8, timeZone: "America/New_York" },
};

export const letterDraft: QueueDraft = {
  ...base,
  id: "CL-1047|2026-11-23|draft|l1",
  channel: "letter",
  purpose: "partner-letter",
  tone: "firm",
  stepId: "+45",
  invoiceIds: ["CL-1047|21690", "CL-1047|20001"],
  // 20001 was paid since the run drafted the letter.
  invoices: [invoice("CL-1047|21690", 1506000), invoice("CL-1047|20001", 100000, false)],
  subject: "Partner letter: $15,060.00 overdue",
  text: "Dear Accounts Payable,\n\nOur records show $15,060.00 overdue.\n\nMarcus Pryce",
  to: ["Accounts Payable"],
  location: "queue",
  needsApproval: true,
  // The specialist may neither approve nor send it before approval.
  mayApprove: false,
  maySend: false,
  letter: {
    dateLine: "November 23, 2026",
    addressLines: ["Proseware Capital Inc."],
    blocks: [{ kind: "text", text: "Dear Accounts Payable," }],
  },
};

export const smsDraft: QueueDraft = {
  ...base,
  id: "CL-1003|2026-11-23|draft|s1",
  clientId: "CL-1003",
  clientName: "Fabrikam Logistics LLC",
  channel: "sms",
  purpose: "reminder",
  stepId: "+7",
  invoiceIds: ["CL-1003|30001"],
  // Drafted before drafts kept their figures: today's balance.
  invoices: [invoice("CL-1003|30001", 136480)],
  balancesAsOf: "today",
  subject: "Reminder",
  text: "Fabrikam: invoice 30001 ($1,364.80) is past due. Reply HELP for help.",
  to: ["+15550100"],
  location: "queue",
  warnings: ["Consumer rules: at most one text a week"],
};

export const outlookDraft: QueueDraft = {
  ...emailDraft,
  id: "CL-1047|2026-11-23|draft|o1",
  location: "outlook",
  webLink: "https://outlook.office.com/mail/drafts/id/AAk1",
  warnings: [],
};

export const callTask: QueueTask = {
  id: "CL-1047|2026-11-23|+60|t1",
  clientId: "CL-1047",
  clientName: "Proseware Capital Inc.",
  kind: "call",
  assignedTo: "u-chen",
  assignedToName: "Jamie Chen",
  title: "Call Proseware Capital Inc. about 1 invoice, $15,060.00",
  dueDate: "2026-11-20",
  invoiceIds: ["CL-1047|21690"],
  invoices: [invoice("CL-1047|21690", 1506000)],
  source: "sequence:standard:+60",
  createdAt: "2026-11-20T07:00:00.000Z",
  status: "open",
};

export const partnerTask: QueueTask = {
  ...callTask,
  id: "CL-1003|2026-11-23|+60|t2",
  clientId: "CL-1003",
  clientName: "Fabrikam Logistics LLC",
  kind: "partner-task",
  title: "Committee escalation: Fabrikam Logistics LLC, 1 invoice(s), $1,364.80",
  dueDate: "2026-11-30",
  invoiceIds: ["CL-1003|30001"],
  invoices: [invoice("CL-1003|30001", 136480)],
};

/** The letter as the API lists it for someone who may approve it (its billing partner, a manager). */
export const letterForApprover: QueueDraft = { ...letterDraft, mayApprove: true, maySend: true };

export const fabrikam: ClientSummary = {
  ...summary,
  client: { ...summary.client, id: "CL-1003", name: "Fabrikam Logistics LLC" },
  matters: [],
  billingPartner: {
    id: "u-hartwell",
    displayName: "Eleanor Hartwell",
    email: "eleanor.hartwell@hartwellpryce.example",
  },
  openInvoices: [
    {
      id: "CL-1003|30001",
      number: "30001",
      invoiceDate: "2026-10-01",
      dueDate: "2026-11-01",
      amountMinor: 136480,
      balanceMinor: 136480,
      balance: "1364.80",
      currency: "USD",
      daysPastDue: 22,
      disputed: false,
    },
  ],
};

export const specialist: Me = { userId: "u-chen", name: "Jamie Chen", roles: ["specialist"] };
/** The billing partner of CL-1047 in `summary`. */
export const partner: Me = { userId: "u-pryce", name: "Marcus Pryce", roles: ["partner"] };
export const manager: Me = { userId: "u-whitfield", name: "Dana Whitfield", roles: ["manager"] };
