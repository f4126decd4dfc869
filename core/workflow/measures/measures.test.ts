import { describe, expect, it } from "vitest";
import type { Dispute, PromiseToPay } from "../../actions/documents";
import type { Client, Credit, Interaction, Invoice, User } from "../../domain/types";
import { DEFAULT_WORKFLOW_CONFIG } from "../config/defaults";
import type { SequenceTouch } from "../documents";
import type { WriteOffRequest } from "../writeoffs/write-off-types";
import { baselineReport } from "./baseline";
import { collectorActivity } from "./collector-activity";
import { disputeRate } from "./dispute-rate";
import { promiseRate } from "./promise-rate";
import { sequenceConversion } from "./sequence-conversion";
import { writeOffReport } from "./write-offs";

const october = { from: "2026-10-01", to: "2026-10-31" };
const inv = (id: string, clientId: string, over: Partial<Invoice>): Invoice => ({
  tenantId: "t",
  id,
  clientId,
  number: id,
  invoiceDate: "2026-09-01",
  dueDate: "2026-10-01",
  amountMinor: 10_000,
  balanceMinor: 10_000,
  currency: "USD",
  status: "open",
  disputed: false,
  ...over,
});
const act = (
  n: number,
  clientId: string,
  kind: Interaction["kind"],
  day: string,
  actorId: string,
  over: Partial<Interaction> = {},
): Interaction => ({
  tenantId: "t",
  id: `h${n}`,
  clientId,
  kind,
  at: `${day}T12:00:00.000Z`,
  actorId,
  summary: "",
  ...over,
});

describe("collector activity (hand-computed)", () => {
  const client = (id: string, collectorId: string) => ({ id, collectorId }) as Client;
  const users = [
    { id: "u-chen", displayName: "Jamie Chen", roles: ["specialist"] },
    { id: "u-nair", displayName: "Priya Nair", roles: ["specialist"] },
  ] as User[];
  const invoices = [
    inv("A1", "A", { dueDate: "2026-10-05", status: "paid", paidDate: "2026-10-20" }),
    inv("A2", "A", { dueDate: "2026-10-10", status: "paid", paidDate: "2026-10-08" }), // paid before due: no chase
    inv("A3", "A", { dueDate: "2026-11-05" }), // due after the period
    inv("B1", "B", { dueDate: "2026-10-15" }),
    inv("C1", "C", { dueDate: "2026-10-03" }),
  ];
  const interactions = [
    act(1, "A", "email-drafted", "2026-10-06", "workflow"), // an engine draft is not a contact
    act(2, "A", "note", "2026-10-07", "u-chen"), // a note is not a contact
    act(3, "A", "email-sent", "2026-10-08", "u-chen", { invoiceIds: ["A1"] }), // A1: 3 days after due
    act(4, "A", "call", "2026-10-12", "u-chen"),
    act(5, "B", "email-sent", "2026-10-25", "u-chen", { invoiceIds: ["B1"] }), // B1: 10 days
    act(6, "C", "call", "2026-09-30", "u-nair"), // before C1 was due
    act(7, "C", "sms", "2026-11-02", "u-nair"), // C1: 30 days, outside the period for the touch count
  ];
  it("counts touches, accounts and days to first contact per collector", () => {
    expect(
      collectorActivity(
        {
          clients: [client("A", "u-chen"), client("B", "u-chen"), client("C", "u-nair")],
          users,
          invoices,
          interactions,
        },
        october,
      ),
    ).toEqual([
      {
        collectorId: "u-chen",
        name: "Jamie Chen",
        accounts: 2,
        touches: 3,
        accountsTouched: 2,
        touchesPerAccount: 1.5,
        invoicesPastDue: 2,
        contacted: 2,
        uncontacted: 0,
        avgDaysToFirstContact: 6.5,
      },
      {
        collectorId: "u-nair",
        name: "Priya Nair",
        accounts: 1,
        touches: 0,
        accountsTouched: 0,
        touchesPerAccount: 0,
        invoicesPastDue: 1,
        contacted: 1,
        uncontacted: 0,
        avgDaysToFirstContact: 30,
      },
    ]);
  });
});

describe("conversion per sequence step (paid within 7 days of the reminder)", () => {
  const touch = (invoiceId: string, stepId: string, runDate: string, status: SequenceTouch["status"] = "claimed") =>
    ({ invoiceId, stepId, runDate, status, sequenceId: "standard" }) as SequenceTouch;
  const paid = (paidDate?: string) => ({
    status: paidDate ? ("paid" as const) : ("open" as const),
    ...(paidDate ? { paidDate } : {}),
  });
  it("divides reminders converted by reminders, per step, in sequence order", () => {
    const touches = [
      touch("X4", "+15", "2026-10-10"),
      touch("X1", "+7", "2026-10-01"),
      touch("X2", "+7", "2026-10-01"),
      touch("X3", "+7", "2026-10-03"),
      touch("X5", "end", "2026-10-04"),
      touch("X6", "+15", "2026-09-20"),
      touch("X7", "+30", "2026-10-05", "closed"),
    ];
    const invoices = new Map([
      ["X1", paid("2026-10-05")],
      ["X2", paid("2026-10-09")],
      ["X3", paid()],
      ["X4", paid("2026-10-10")],
      ["X5", paid("2026-10-04")],
    ]);
    expect(sequenceConversion(touches, invoices, october, DEFAULT_WORKFLOW_CONFIG)).toEqual([
      { sequenceId: "standard", stepId: "+7", label: "Reminder", reminders: 3, converted: 1, conversion: 0.3333 },
      { sequenceId: "standard", stepId: "+15", label: "Firmer reminder", reminders: 1, converted: 1, conversion: 1 },
    ]);
  });
});

describe("promise-kept rate", () => {
  const doc = (id: string, status: PromiseToPay["status"], promisedDate: string, sourceInteractionId?: string) =>
    ({ id, status, promisedDate, ...(sourceInteractionId ? { sourceInteractionId } : {}) }) as PromiseToPay;
  it("counts documents and history-only promises once; kept ÷ (kept + broken)", () => {
    const docs = [
      doc("P1", "kept", "2026-10-05", "h3"),
      doc("P2", "broken", "2026-10-10"),
      doc("P3", "open", "2026-10-30"),
      doc("P4", "cancelled", "2026-10-15"),
      doc("P5", "kept", "2026-11-05"),
    ];
    const history = [
      act(1, "A", "promise", "2026-10-01", "u-chen", { data: { date: "2026-10-12", outcome: "broken" } }),
      act(2, "A", "promise", "2026-10-13", "workflow", { data: { promiseId: "P2", outcome: "broken" } }),
      act(3, "A", "promise", "2026-10-01", "u-chen", { data: { date: "2026-10-05", outcome: "kept" } }),
      act(4, "A", "promise", "2026-08-01", "u-chen", { data: { date: "2026-09-01", outcome: "kept" } }),
    ];
    expect(promiseRate(docs, history, october)).toEqual({
      promises: 5,
      kept: 1,
      broken: 2,
      open: 1,
      cancelled: 1,
      keptRate: 0.3333,
    });
  });
});

describe("dispute rate", () => {
  it("divides invoices issued in the period that were disputed by those issued", () => {
    const invoices = [
      inv("I1", "A", { invoiceDate: "2026-10-02", disputed: true, disputeReason: "fee dispute", amountMinor: 10_000 }),
      inv("I2", "A", { invoiceDate: "2026-10-10", amountMinor: 25_000 }),
      inv("I3", "B", { invoiceDate: "2026-10-11" }),
      inv("I4", "B", { invoiceDate: "2026-10-31" }),
      inv("I5", "B", { invoiceDate: "2026-09-30", disputed: true }),
    ];
    const disputes = [
      { id: "d1", clientId: "A", invoiceIds: ["I2"], reasonCode: "work-quality", status: "open" },
      { id: "d2", clientId: "B", invoiceIds: ["I5"], reasonCode: "not-received", status: "resolved" },
    ] as Dispute[];
    expect(disputeRate(invoices, disputes, october)).toEqual({
      issued: 4,
      disputed: 2,
      disputeRate: 0.5,
      disputedAmountMinor: 35_000,
      byReason: { "fee-dispute": 1, "work-quality": 1 },
      openDisputes: 1,
    });
  });
});

describe("write-offs", () => {
  it("totals write-off credits in the period by reason, with pending and rejected requests", () => {
    const credit = (id: string, kind: Credit["kind"], date: string, amountMinor: number, reason: string) =>
      ({ id, kind, date, amountMinor, reason }) as Credit;
    const credits = [
      credit("W1", "write-off", "2026-10-05", 5_000, "uncollectible"),
      credit("W2", "write-off", "2026-10-20", 2_500, "uncollectible"),
      credit("W3", "write-off", "2026-10-25", 1_000, "goodwill"),
      credit("W4", "credit-note", "2026-10-10", 9_999, "billing error"),
      credit("W5", "write-off", "2026-09-30", 7_777, "uncollectible"),
    ];
    const request = (id: string, status: WriteOffRequest["status"], amountMinor: number, decidedAt?: string) =>
      ({ id, status, amountMinor, ...(decidedAt ? { decision: { decidedAt } } : {}) }) as WriteOffRequest;
    const requests = [
      request("R1", "pending", 4_000),
      request("R2", "pending", 6_000),
      request("R3", "rejected", 1, "2026-10-15T10:00:00Z"),
      request("R4", "rejected", 1, "2026-09-01T10:00:00Z"),
    ];
    expect(writeOffReport(credits, requests, october)).toEqual({
      count: 3,
      totalMinor: 8_500,
      byReason: { uncollectible: { count: 2, totalMinor: 7_500 }, goodwill: { count: 1, totalMinor: 1_000 } },
      pending: { count: 2, totalMinor: 10_000 },
      rejected: 1,
    });
  });
});

describe("baseline: before vs after Nudge started acting", () => {
  it("measures days to pay and collection cycles in both periods", () => {
    const paid = (id: string, invoiceDate: string, dueDate: string, paidDate: string) =>
      inv(id, "A", { invoiceDate, dueDate, paidDate, status: "paid", balanceMinor: 0 });
    const invoices = [
      paid("B1", "2026-03-01", "2026-03-31", "2026-04-15"),
      paid("B2", "2026-04-01", "2026-05-01", "2026-04-25"),
      paid("B3", "2026-04-10", "2026-05-10", "2026-06-19"),
      paid("B4", "2026-01-01", "2026-01-31", "2026-03-30"),
      paid("A1", "2026-06-15", "2026-07-15", "2026-07-20"),
      paid("A2", "2026-07-01", "2026-07-31", "2026-07-31"),
      paid("A3", "2026-07-10", "2026-08-09", "2026-08-19"),
      inv("A4", "A", { invoiceDate: "2026-08-01", dueDate: "2026-08-31" }),
    ];
    const interactions = [
      act(1, "A", "email-sent", "2026-04-05", "u-chen", { invoiceIds: ["B1"] }),
      act(2, "A", "call", "2026-04-10", "u-chen", { invoiceIds: ["B1"] }),
      act(3, "A", "email-sent", "2026-05-20", "u-chen", { invoiceIds: ["B3"] }),
      act(4, "A", "email-drafted", "2026-05-25", "workflow", { invoiceIds: ["B3"] }),
      act(5, "A", "email-sent", "2026-07-16", "u-chen", { invoiceIds: ["A1"] }),
    ];
    expect(baselineReport(invoices, interactions, "2026-07-01", "2026-09-30", 90)).toEqual({
      nudgeStartDate: "2026-07-01",
      before: {
        from: "2026-04-02",
        to: "2026-06-30",
        paid: 3,
        avgDaysToPay: 46.3,
        avgDaysLate: 18.3,
        cycles: 2,
        avgCycleDays: 27.5,
        medianCycleDays: 27.5,
        touchesPerCycle: 1.5,
      },
      after: {
        from: "2026-07-01",
        to: "2026-09-30",
        paid: 3,
        avgDaysToPay: 35,
        avgDaysLate: 5,
        cycles: 2,
        avgCycleDays: 7.5,
        medianCycleDays: 7.5,
        touchesPerCycle: 0.5,
      },
      change: { avgDaysToPay: -11.3, avgDaysLate: -13.3, avgCycleDays: -20 },
    });
  });
});
