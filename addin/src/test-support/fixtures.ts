/** Literal API answers shaped like the local stack's, for component tests. */
import type { AgingRow, ClientScore, ClientSummary, Draft, MatchCandidate, MatchResult } from "../api/types";

export const agingRow: AgingRow = {
  key: "CL-1047",
  label: "Proseware Capital Inc.",
  currency: "USD",
  buckets: { current: 525204, d1_30: 1506000, d31_60: 0, d61_90: 0, d91_120: 0, d120_plus: 0 },
  totalMinor: 2031204,
  total: "20312.04",
  invoiceCount: 3,
  clientId: "CL-1047",
};

export const candidate: MatchCandidate = {
  clientId: "CL-1047",
  name: "Proseware Capital Inc.",
  totalOutstandingMinor: 2031204,
  totalOutstanding: "20312.04",
  currency: "USD",
  aging: agingRow,
};

export const otherCandidate: MatchCandidate = {
  clientId: "CL-1009",
  name: "Woodgrove Logistics Inc.",
  totalOutstandingMinor: 390975,
  totalOutstanding: "3909.75",
  currency: "USD",
  aging: {
    ...agingRow,
    key: "CL-1009",
    clientId: "CL-1009",
    label: "Woodgrove Logistics Inc.",
    buckets: { current: 154993, d1_30: 235982, d31_60: 0, d61_90: 0, d91_120: 0, d120_plus: 0 },
    totalMinor: 390975,
    total: "3909.75",
  },
};

export const matchOne: MatchResult = {
  email: "ap@proseware-capital.example",
  method: "contact",
  matches: [candidate],
  client: candidate,
};

export const summary: ClientSummary = {
  asOf: "2026-11-23",
  client: {
    tenantId: "demo-firm",
    id: "CL-1047",
    name: "Proseware Capital Inc.",
    contacts: [{ email: "ap@proseware-capital.example" }],
    emailDomains: ["proseware-capital.example"],
    language: "en",
    preferredChannel: "email",
  },
  matters: [
    { tenantId: "demo-firm", id: "CL-1047|M-00139", clientId: "CL-1047", name: "Financing" },
    { tenantId: "demo-firm", id: "CL-1047|M-00140", clientId: "CL-1047", name: "Regulatory review" },
  ],
  billingPartner: { id: "u-pryce", displayName: "Marcus Pryce", email: "marcus.pryce@hartwellpryce.example" },
  collector: { id: "u-chen", displayName: "Jamie Chen", email: "jamie.chen@hartwellpryce.example" },
  aging: agingRow,
  buckets: [],
  totalOutstandingMinor: 2031204,
  totalOutstanding: "20312.04",
  currency: "USD",
  openInvoices: [
    {
      id: "CL-1047|21690",
      number: "21690",
      invoiceDate: "2026-09-20",
      dueDate: "2026-10-20",
      amountMinor: 1506000,
      balanceMinor: 1506000,
      balance: "15060.00",
      currency: "USD",
      daysPastDue: 34,
      disputed: false,
    },
    {
      id: "CL-1047|21691",
      number: "21691",
      invoiceDate: "2026-11-10",
      dueDate: "2026-12-10",
      amountMinor: 525204,
      balanceMinor: 525204,
      balance: "5252.04",
      currency: "USD",
      daysPastDue: -17,
      disputed: true,
    },
  ],
  recentInteractions: [
    {
      tenantId: "demo-firm",
      id: "i1",
      clientId: "CL-1047",
      kind: "email-sent",
      at: "2026-11-01T14:00:00.000Z",
      actorId: "u-chen",
      summary: "Reminder sent for invoice 21690",
    },
  ],
};

export const score: ClientScore = {
  clientId: "CL-1047",
  modelVersion: "m-1",
  p30: 0.72,
  pLate: 0.4,
  confidence: 0.81,
  reasons: [
    { text: "Paid the last 5 invoices within 20 days of due", weight: 0.6 },
    { text: "A promise was broken in October", weight: -0.3 },
  ],
  segment: "Needs a nudge",
  nextAction: "Send a friendly reminder",
};

export const draft: Draft = {
  subject: "RE: Payment scheduled",
  html: "<p>Dear Accounts Payable,</p><p>Thank you. The outstanding balance is <strong>$20,312.04</strong>.</p>",
  text: "Dear Accounts Payable,\n\nThank you. The outstanding balance is $20,312.04.",
  facts: [{ kind: "totalOutstanding", value: "20312.04" }],
  warnings: [],
  source: "template",
  templateId: "reply-en",
};
