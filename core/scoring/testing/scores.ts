/**
 * Hand-made open-invoice scores for tests of the account, worklist and escalation logic.
 */
import type { OpenInvoiceScore } from "../score-open";

export function openScore(change: Partial<OpenInvoiceScore> = {}): OpenInvoiceScore {
  return {
    invoiceId: "acme|1",
    invoiceNumber: "1",
    clientId: "acme",
    currency: "USD",
    balanceMinor: 100_000,
    invoiceDate: "2024-05-01",
    dueDate: "2024-05-31",
    ageDays: 31,
    daysPastDue: 1,
    pPaid7: 0.3,
    pPaid30: 0.6,
    pPaid60: 0.8,
    expectedDaysToPay: 20,
    pLateAtIssue: 0.4,
    historyCount: 12,
    promisesBroken: 0,
    disputeKnown: false,
    confidence: "medium",
    reasons: [],
    pace: { expectedDays: 40, expectedDaysIfDisputed: 60, disputeChance: 0.1, spread: 1 },
    activityShift: 0,
    modelVersion: "v1",
    ...change,
  };
}
