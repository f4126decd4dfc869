import { describe, expect, it } from "vitest";
import { DAY0, client, invoice } from "../../../test/support/workflow-fixture";
import type { Dispute } from "../../actions/documents";
import type { Interaction, Invoice, Matter } from "../../domain/types";
import { DEFAULT_WORKFLOW_CONFIG } from "../config/defaults";
import type { SequenceStep, WorkflowConfig } from "../config/types";
import type { SequenceTouch } from "../documents";
import { type SequencePositionInput, sequencePosition } from "./sequence-position";

// DAY0 is Monday 2026-11-23; Thursday 2026-11-26 is a firm holiday; 2026-12-05/06 a weekend.
const step = (
  id: string,
  offsetDays: number,
  channel: SequenceStep["channel"],
  label: string,
  extra: Partial<SequenceStep> = {},
): SequenceStep => ({
  id,
  offsetDays,
  channel,
  purpose: "reminder",
  templateId: "reminder",
  tone: "firm",
  needsApproval: false,
  label,
  ...extra,
});

const CONFIG: WorkflowConfig = {
  ...DEFAULT_WORKFLOW_CONFIG,
  terms: { default: null, clients: {}, matters: {} },
  sequences: [
    {
      id: "ladder",
      name: "Standard ladder",
      steps: [
        step("due", 0, "email", "Due today"),
        step("+15", 15, "email", "Firmer reminder"),
        step("+30", 30, "letter", "Past-due notice"),
        step("+45", 45, "letter", "Partner letter", { needsApproval: true }),
        step("+60", 60, "partner-task", "Partner call"),
      ],
    },
    { id: "litigation", name: "Litigation", steps: [step("+20", 20, "call-task", "Collector call")] },
  ],
  rules: [{ sequenceId: "litigation", when: { practiceGroup: "Litigation" } }],
  defaultSequenceId: "ladder",
  guardrails: {
    ...DEFAULT_WORKFLOW_CONFIG.guardrails,
    weekendDays: [0, 6],
    holidays: ["2026-11-26"],
    nonBusinessDay: "skip-day",
  },
  policy: {
    catchUp: "latest",
    resume: "current-step",
    promiseGraceDays: 3,
    receiptOnPaid: true,
    claimLeaseMinutes: 15,
  },
};

const with_ = (over: Partial<WorkflowConfig["guardrails"]> = {}, policy: Partial<WorkflowConfig["policy"]> = {}) => ({
  ...CONFIG,
  guardrails: { ...CONFIG.guardrails, ...over },
  policy: { ...CONFIG.policy, ...policy },
});

function position(over: Partial<SequencePositionInput>) {
  return sequencePosition({
    asOf: DAY0,
    config: CONFIG,
    client: client("A"),
    matters: [],
    invoices: [],
    touches: [],
    disputes: [],
    plans: [],
    holds: [],
    promises: [],
    interactions: [],
    ...over,
  });
}

const touch = (inv: Invoice, stepId: string, runDate: string): SequenceTouch => ({
  invoiceId: inv.id,
  clientId: inv.clientId,
  stepId,
  dueDate: inv.dueDate,
  sequenceId: "ladder",
  status: "claimed",
  runDate,
  leaseUntil: `${runDate}T06:15:00.000Z`,
  draftId: `draft-${stepId}`,
  balanceMinor: inv.balanceMinor,
  currency: inv.currency,
});

const dispute = (invoiceIds: string[]): Dispute => ({
  id: "d1",
  clientId: "A",
  invoiceIds,
  reasonCode: "fee-dispute",
  status: "open",
  raisedBy: "u-chen",
  raisedAt: `${DAY0}T10:00:00.000Z`,
});

const contact = (kind: Interaction["kind"], at: string): Interaction => ({
  tenantId: "t",
  id: `i-${at}`,
  clientId: "A",
  kind,
  at,
  actorId: "u-chen",
  summary: "",
});

describe("a client's place in its follow-up sequence", () => {
  it("not yet started: the first step on the invoice's due date", () => {
    const pos = position({ invoices: [invoice("A", 1, 10)] }); // due Thursday 2026-12-03
    expect(pos).toMatchObject({
      status: "not-started",
      sequence: { id: "ladder", name: "Standard ladder" },
      sequences: [{ id: "ladder", invoices: 1 }],
      openInvoices: 1,
      invoices: 1,
      next: {
        stepId: "due",
        label: "Due today",
        channel: "email",
        needsApproval: false,
        invoiceNumber: "1",
        stepDate: "2026-12-03",
        date: "2026-12-03",
        invoices: 1,
      },
    });
    expect(pos.current).toBeUndefined();
    expect(pos.paused).toBeUndefined();
  });

  it("mid-sequence: the step drafted (when, for which invoice) and the next one", () => {
    const inv = invoice("A", 123, -15); // due 2026-11-08
    const pos = position({
      invoices: [inv],
      touches: [touch(inv, "due", "2026-11-09"), touch(inv, "+15", DAY0)],
    });
    expect(pos.status).toBe("active");
    expect(pos.current).toMatchObject({
      stepId: "+15",
      label: "Firmer reminder",
      state: "drafted",
      draftedOn: DAY0,
      invoiceId: "A|123",
      invoiceNumber: "123",
      stepDate: DAY0,
    });
    expect(pos.next).toMatchObject({
      stepId: "+30",
      label: "Past-due notice",
      channel: "letter",
      stepDate: "2026-12-08",
      date: "2026-12-08",
    });
    expect(pos.next?.movedBy).toBeUndefined();
  });

  it("a step reached but not drafted yet is current and next, today", () => {
    const inv = invoice("A", 1, -16); // +15 reached yesterday (a Sunday: nothing drafted under skip-day)
    const pos = position({ invoices: [inv], touches: [touch(inv, "due", "2026-11-09")] });
    expect(pos.current).toMatchObject({ stepId: "+15", state: "due", stepDate: "2026-11-22" });
    expect(pos.current?.draftedOn).toBeUndefined();
    expect(pos.next).toMatchObject({ stepId: "+15", date: DAY0, stepDate: "2026-11-22" });
  });

  it("a step falling on a weekend or holiday moves to the next business day under skip-day", () => {
    const weekend = invoice("A", 1, -18); // due 2026-11-05: +30 on Saturday 2026-12-05
    expect(position({ invoices: [weekend], touches: [touch(weekend, "+15", "2026-11-20")] }).next).toMatchObject({
      stepId: "+30",
      stepDate: "2026-12-05",
      date: "2026-12-07",
      movedBy: ["non-business-day"],
    });

    const holiday = invoice("A", 2, -12); // due 2026-11-11: +15 on the holiday 2026-11-26
    const touches = [touch(holiday, "due", "2026-11-11")];
    expect(position({ invoices: [holiday], touches }).next).toMatchObject({
      stepId: "+15",
      stepDate: "2026-11-26",
      date: "2026-11-27",
    });
    // defer-send drafts on the day, sendable from the next business day.
    const deferred = position({ invoices: [holiday], touches, config: with_({ nonBusinessDay: "defer-send" }) });
    expect(deferred.next).toMatchObject({ stepId: "+15", date: "2026-11-26", sendAfter: "2026-11-27" });
    expect(deferred.next?.movedBy).toBeUndefined();
    // exact-day: a step whose day is not drafted is passed by; the next one comes instead.
    const exact = position({ invoices: [holiday], touches, config: with_({}, { catchUp: "exact-day" }) });
    expect(exact.next).toMatchObject({ stepId: "+30", date: "2026-12-11" });
  });

  it("the contact interval holds the next step until the interval has passed", () => {
    const inv = invoice("A", 1, 1); // due Tuesday 2026-11-24
    const pos = position({ invoices: [inv], interactions: [contact("email-sent", `${DAY0}T14:00:00.000Z`)] });
    // Three days after Monday's email: Thursday is the holiday, so Friday.
    expect(pos.next).toMatchObject({
      stepId: "due",
      stepDate: "2026-11-24",
      date: "2026-11-27",
      movedBy: ["min-interval", "non-business-day"],
    });
  });

  it("paused by a dispute: the position stays, nothing is next", () => {
    const inv = invoice("A", 1, -15);
    const pos = position({ invoices: [inv], touches: [touch(inv, "+15", DAY0)], disputes: [dispute(["A|1"])] });
    expect(pos).toMatchObject({
      status: "paused",
      invoices: 0,
      openInvoices: 1,
      paused: { invoices: 1, reasons: [{ reason: "dispute", invoices: 1 }] },
      current: { stepId: "+15", state: "drafted" },
    });
    expect(pos.next).toBeUndefined();

    const other = invoice("A", 2, -3);
    const partly = position({ invoices: [inv, other], disputes: [dispute(["A|1"])] });
    expect(partly).toMatchObject({ status: "active", invoices: 1, paused: { invoices: 1 } });
    expect(partly.next).toMatchObject({ invoiceNumber: "2", stepId: "due", date: DAY0 });
  });

  it("names every pause reason the engine uses, with the day it ends", () => {
    const invs = [invoice("A", 1, -15), invoice("A", 2, -15, 5_000, { disputed: true })];
    const pos = position({
      invoices: invs,
      holds: [
        {
          id: "h",
          clientId: "A",
          until: "2026-12-15",
          reason: "AP audit",
          status: "active",
          placedBy: "u-chen",
          placedAt: "",
        },
      ],
    });
    expect(pos.paused?.reasons).toEqual([
      { reason: "hold", invoices: 1, until: "2026-12-15" },
      { reason: "dispute", invoices: 1 },
    ]);
    const manual = position({
      invoices: [invs[0]!],
      state: {
        clientId: "A",
        paused: { reason: "Awaiting budget", until: "2026-12-01", by: "u-chen", at: "" },
        log: [],
      },
    });
    expect(manual.paused?.reasons).toEqual([
      { reason: "manual", invoices: 1, until: "2026-12-01", note: "Awaiting budget" },
    ]);
    const reply = position({
      invoices: [invs[0]!],
      interactions: [contact("email-received", `${DAY0}T08:00:00.000Z`)],
    });
    expect(reply).toMatchObject({ status: "paused", paused: { reasons: [{ reason: "client-reply" }] } });
    const promised = position({
      invoices: [invs[0]!],
      promises: [
        {
          id: "p",
          clientId: "A",
          invoiceIds: [],
          amountMinor: 100,
          currency: "USD",
          promisedDate: "2026-11-30",
          status: "open",
          recordedBy: "u-chen",
          recordedAt: "",
        },
      ],
    });
    expect(promised.paused?.reasons).toEqual([{ reason: "promise", invoices: 1, until: "2026-12-03" }]);
  });

  it("all paid: no sequence", () => {
    const paid = invoice("A", 1, -15, 100_000, { status: "paid", balanceMinor: 0, paidDate: DAY0 });
    const pos = position({ invoices: [paid] });
    expect(pos).toMatchObject({ status: "none", openInvoices: 0, invoices: 0, sequences: [] });
    expect(pos.sequence).toBeUndefined();
    expect(pos.next).toBeUndefined();
    // An invoice issued after the day does not exist yet for that day.
    expect(position({ invoices: [invoice("A", 2, 40)] }).status).toBe("none");
  });

  it("several invoices: the most advanced step reached, the earliest next step, and how many share it", () => {
    const old = invoice("A", 1, -15); // +15 drafted today; +30 on 2026-12-08
    const a = invoice("A", 2, 5); // due Saturday 2026-11-28 → drafted Monday 2026-11-30
    const b = invoice("A", 3, 7); // due Monday 2026-11-30
    const c = invoice("A", 4, -8); // due 2026-11-15: +15 on 2026-11-30
    const pos = position({
      invoices: [old, a, b, c],
      touches: [touch(old, "+15", DAY0), touch(c, "due", "2026-11-16")],
    });
    expect(pos).toMatchObject({
      status: "active",
      invoices: 4,
      current: { stepId: "+15", invoiceNumber: "1", state: "drafted" },
      // One draft on Monday covers the three invoices, worded by the most advanced step.
      next: { stepId: "+15", invoiceNumber: "4", date: "2026-11-30", invoices: 3 },
    });
  });

  it("picks the sequence by the matter's practice group", () => {
    const matters: Matter[] = [
      { tenantId: "t", id: "M-1", clientId: "A", name: "Smith v. Jones", practiceGroup: "Litigation" },
    ];
    const pos = position({ matters, invoices: [invoice("A", 1, -5, 100_000, { matterId: "M-1" })] });
    expect(pos).toMatchObject({
      sequence: { id: "litigation", name: "Litigation" },
      next: { stepId: "+20", channel: "call-task", date: "2026-12-08" },
    });
    const both = position({
      matters,
      invoices: [invoice("A", 1, -5, 100_000, { matterId: "M-1" }), invoice("A", 2, 3)],
    });
    expect(both.sequences.map((s) => [s.id, s.invoices])).toEqual([
      ["litigation", 1],
      ["ladder", 1],
    ]);
  });

  it("finished once every step is done; blocked when no contact may be reached", () => {
    const inv = invoice("A", 1, -70);
    const done = ["due", "+15", "+30", "+45", "+60"].map((s) => touch(inv, s, "2026-11-20"));
    expect(position({ invoices: [inv], touches: done })).toMatchObject({
      status: "finished",
      current: { stepId: "+60", state: "drafted" },
    });
    const optedOut = client("A", { contacts: [{ email: "ap@a.example", optOut: true }] });
    const matters: Matter[] = [{ tenantId: "t", id: "M-1", clientId: "A", name: "Case", practiceGroup: "Litigation" }];
    expect(
      position({ client: optedOut, matters, invoices: [invoice("A", 2, -5, 100, { matterId: "M-1" })] }),
    ).toMatchObject({ status: "blocked", blockedBy: "opt-out" });
    // Internal partner tasks still come: the letters are held, the partner call at +60 is next.
    const late = invoice("A", 3, -50); // due 2026-10-04: +45 reached, +60 on 2026-12-03
    const ladder = position({
      client: optedOut,
      invoices: [late],
      touches: ["due", "+15", "+30"].map((s) => touch(late, s, "2026-11-01")),
    });
    expect(ladder).toMatchObject({
      status: "active",
      current: { stepId: "+45", state: "due" },
      next: { stepId: "+60", channel: "partner-task", date: "2026-12-03" },
    });
    expect(ladder.next?.movedBy).toBeUndefined();
  });
});
