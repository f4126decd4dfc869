import { describe, expect, it } from "vitest";
import type { PromiseToPay } from "../actions/documents";
import type { Interaction, Invoice } from "../domain/types";
import type { ClientScoreRecord } from "../usecases/model-store";
import {
  decideTone,
  type RelationshipSignal,
  readsSignals,
  type ScoreSignal,
  type ToneInput,
  withTemplateTone,
} from "./tone";
import { countBrokenPromises, relationshipSignal, scoreSignal } from "./tone-signals";

const THRESHOLDS = { highP30: 0.6, lowP30: 0.3 };
const HIGH: ScoreSignal = { p30: 0.86, segment: "nudge", confidence: "high", asOf: "2026-11-22" };
const LOW: ScoreSignal = { p30: 0.12, segment: "partner-intervention", confidence: "medium", asOf: "2026-11-22" };
const MIDDLE: ScoreSignal = { p30: 0.45, segment: "collector-call", confidence: "medium", asOf: "2026-11-22" };
const GOOD: RelationshipSignal = {
  tenureDays: 1200,
  settledInvoices: 30,
  settledOnTime: 28,
  lateLastYear: 0,
  brokenPromises: 0,
};
const BROKEN: RelationshipSignal = {
  tenureDays: 900,
  settledInvoices: 30,
  settledOnTime: 6,
  lateLastYear: 9,
  brokenPromises: 2,
};

const step = (stepId: string, tone: ToneInput["tone"], days: number): ToneInput => ({
  purpose: "reminder",
  stepId,
  ...(tone ? { tone } : {}),
  oldestDaysPastDue: days,
  consumer: false,
  thresholds: THRESHOLDS,
});

describe("the tone rule: score and relationship × step", () => {
  type Row = [string, ToneInput, string, string];
  const rows: Row[] = [
    // step tone, client, expected tone, expected change
    [
      "firm step, good payer, high score, first slip",
      { ...step("+15", "firm", 16), score: HIGH, relationship: GOOD },
      "friendly",
      "softer",
    ],
    [
      "final step, good payer, high score",
      { ...step("+90", "final", 91), score: HIGH, relationship: GOOD },
      "firm",
      "softer",
    ],
    [
      "friendly step, good payer: already friendly",
      { ...step("+7", "friendly", 8), score: HIGH, relationship: GOOD },
      "friendly",
      "kept",
    ],
    [
      "firm step, high score but slipped last year",
      { ...step("+15", "firm", 16), score: HIGH, relationship: { ...GOOD, lateLastYear: 1 } },
      "firm",
      "kept",
    ],
    [
      "firm step, high score but new client",
      { ...step("+15", "firm", 16), score: HIGH, relationship: { ...GOOD, tenureDays: 300 } },
      "firm",
      "kept",
    ],
    [
      "firm step, high score but a broken promise",
      { ...step("+15", "firm", 16), score: HIGH, relationship: { ...GOOD, brokenPromises: 1 } },
      "firm",
      "kept",
    ],
    [
      "firm step, good payer, high chance but partner segment",
      { ...step("+15", "firm", 70), score: { ...HIGH, segment: "partner-intervention" }, relationship: GOOD },
      "firm",
      "kept",
    ],
    [
      "friendly step, low score, broken promises",
      { ...step("+7", "friendly", 8), score: LOW, relationship: BROKEN },
      "firm",
      "firmer",
    ],
    [
      "friendly step, low score, no broken promise",
      { ...step("+7", "friendly", 8), score: LOW, relationship: { ...BROKEN, brokenPromises: 0 } },
      "friendly",
      "kept",
    ],
    [
      "friendly step, middling score, broken promises",
      { ...step("+7", "friendly", 8), score: MIDDLE, relationship: BROKEN },
      "friendly",
      "kept",
    ],
    [
      "friendly step before the due date, low score, broken promises",
      { ...step("pre-7", "friendly", -7), score: LOW, relationship: BROKEN },
      "friendly",
      "kept",
    ],
    [
      "low-confidence score changes nothing",
      { ...step("+15", "firm", 16), score: { ...HIGH, confidence: "low" }, relationship: GOOD },
      "firm",
      "kept",
    ],
    ["no score changes nothing", { ...step("+7", "friendly", 8), relationship: BROKEN }, "friendly", "kept"],
    [
      "step tone from the step's day when not configured",
      { ...step("+30", undefined, 31), score: MIDDLE, relationship: BROKEN },
      "firm",
      "kept",
    ],
    [
      "reply by lateness, low score, broken promises",
      {
        purpose: "reply",
        oldestDaysPastDue: 10,
        consumer: false,
        thresholds: THRESHOLDS,
        score: LOW,
        relationship: BROKEN,
      },
      "firm",
      "firmer",
    ],
    [
      "plan offer by lateness, good payer",
      {
        purpose: "plan-offer",
        oldestDaysPastDue: 40,
        consumer: false,
        thresholds: THRESHOLDS,
        score: HIGH,
        relationship: GOOD,
      },
      "friendly",
      "softer",
    ],
  ];
  it.each(rows)("%s", (_, input, tone, change) => {
    const d = decideTone(input);
    expect({ tone: d.tone, change: d.change }).toEqual({ tone, change });
    expect(d.reason.length).toBeGreaterThan(20);
  });

  it("explains the change with the score, segment, confidence and relationship", () => {
    const soft = decideTone({ ...step("+15", "firm", 16), score: HIGH, relationship: GOOD });
    expect(soft.reason).toBe(
      "Step +15 is set to firm. One step softer, friendly: a long-standing good payer on a first slip " +
        "(a client for 3 years, 28 of 30 invoices paid on time, none paid late in the past year, no broken promise) " +
        "with a 86% chance of payment within 30 days (high confidence, segment nudge, scored 2026-11-22).",
    );
    expect(soft.note).toMatch(/warm/);
    const firm = decideTone({ ...step("+7", "friendly", 8), score: LOW, relationship: BROKEN });
    expect(firm.reason).toContain("One step firmer, firm: 2 broken promises to pay and a 12% chance");
    expect(firm.note).not.toMatch(/\d/);
    expect(decideTone({ ...step("+7", "friendly", 8), relationship: BROKEN }).reason).toBe(
      "Step +7 is set to friendly. Kept: there is no recent payment score for this client.",
    );
  });
});

describe("the tone rule's guardrails", () => {
  it("never reaches final before a final step, however low the score", () => {
    for (const [stepId, days] of [
      ["+15", 16],
      ["+30", 31],
      ["+45", 46],
    ] as const) {
      const d = decideTone({ ...step(stepId, "firm", days), score: LOW, relationship: BROKEN });
      expect(d.tone).toBe("firm");
      expect(d.reason).toContain("a final tone comes only with a final step");
    }
    const final = decideTone({ ...step("+90", "final", 91), score: LOW, relationship: BROKEN });
    expect(final).toMatchObject({ tone: "final", change: "kept" });
  });

  it("keeps a consumer client's compliant wording: never firmer, softer allowed, no final by lateness", () => {
    const firmer = decideTone({ ...step("+5", "friendly", 6), consumer: true, score: LOW, relationship: BROKEN });
    expect(firmer).toMatchObject({ tone: "friendly", change: "kept" });
    expect(firmer.reason).toContain("consumer clients keep the step's compliant wording");
    const softer = decideTone({ ...step("+20", "firm", 21), consumer: true, score: HIGH, relationship: GOOD });
    expect(softer).toMatchObject({ tone: "friendly", change: "softer" });
    const late = decideTone({ purpose: "reminder", oldestDaysPastDue: 120, consumer: true });
    expect(late.tone).toBe("firm");
    expect(decideTone({ purpose: "reminder", oldestDaysPastDue: 120, consumer: false }).tone).toBe("final");
  });

  it("keeps the reviewer's choice and the purposes with one natural tone", () => {
    const chosen = { purpose: "reminder" as const, tone: "final" as const, oldestDaysPastDue: 3, consumer: false };
    expect(decideTone({ ...chosen, score: HIGH, relationship: GOOD })).toMatchObject({
      tone: "final",
      change: "chosen",
    });
    expect(readsSignals(chosen)).toBe(false);
    expect(decideTone({ purpose: "receipt", oldestDaysPastDue: 0, consumer: false }).tone).toBe("friendly");
    expect(
      decideTone({
        purpose: "partner-letter",
        stepId: "+45",
        tone: "firm",
        oldestDaysPastDue: 50,
        consumer: false,
        score: HIGH,
        relationship: GOOD,
      }).tone,
    ).toBe("firm");
    expect(
      decideTone({ purpose: "final-demand", stepId: "+90", tone: "final", oldestDaysPastDue: 95, consumer: false })
        .tone,
    ).toBe("final");
    for (const replyKind of ["promise", "dispute", "hardship", "paid", "remittance", "wrong-contact"] as const) {
      const input = { purpose: "reply" as const, replyKind, oldestDaysPastDue: 80, consumer: false };
      expect(readsSignals(input)).toBe(false);
      expect(decideTone({ ...input, score: LOW, relationship: BROKEN })).toMatchObject({
        tone: "friendly",
        change: "fixed",
      });
    }
    expect(readsSignals({ purpose: "reminder", stepId: "+15", tone: "firm" })).toBe(true);
  });

  it("says when the template lacks the decided tone", () => {
    const d = withTemplateTone(
      decideTone({ purpose: "reply", tone: "final", oldestDaysPastDue: 3, consumer: false }),
      "firm",
      "reply template",
    );
    expect(d).toMatchObject({ tone: "firm" });
    expect(d.reason).toBe("Tone final chosen by the reviewer. The reply template has no final wording: firm.");
  });
});

describe("the signals behind the rule", () => {
  const invoice = (n: number, invoiceDate: string, dueDate: string, paidDate?: string): Invoice => ({
    tenantId: "t",
    id: `C|${n}`,
    clientId: "C",
    number: String(n),
    invoiceDate,
    dueDate,
    amountMinor: 10_000,
    balanceMinor: paidDate ? 0 : 10_000,
    currency: "USD",
    status: paidDate ? "paid" : "open",
    ...(paidDate ? { paidDate } : {}),
    disputed: false,
  });

  it("reads tenure, on-time payments (a week's grace) and last year's late payments as of the day", () => {
    const r = relationshipSignal(
      [
        invoice(1, "2023-01-10", "2023-02-10", "2023-03-30"), // late, but over a year ago
        invoice(2, "2026-01-10", "2026-02-10", "2026-02-16"), // six days after due: on time
        invoice(3, "2026-03-10", "2026-04-10", "2026-05-01"), // late this year
        invoice(4, "2026-10-01", "2026-11-01"), // open: the current slip is not a settled one
        invoice(5, "2026-12-01", "2026-12-31", "2026-12-20"), // after the day: not known yet
      ],
      [],
      [],
      "2026-11-23",
    );
    expect(r).toEqual({ tenureDays: 1413, settledInvoices: 3, settledOnTime: 1, lateLastYear: 1, brokenPromises: 0 });
  });

  it("counts each broken promise once, from its audit record or its document", () => {
    const record = (id: string, data: Record<string, unknown>): Interaction => ({
      tenantId: "t",
      id,
      clientId: "C",
      kind: "promise",
      at: "2026-10-01T10:00:00Z",
      actorId: "x",
      summary: "",
      data,
    });
    const doc = (id: string, status: PromiseToPay["status"]): PromiseToPay => ({
      id,
      clientId: "C",
      invoiceIds: [],
      amountMinor: 1,
      currency: "USD",
      promisedDate: "2026-09-01",
      status,
      recordedBy: "x",
      recordedAt: "2026-08-20T10:00:00Z",
      resolvedAt: "2026-09-05T10:00:00Z",
    });
    const n = countBrokenPromises(
      [doc("p1", "broken"), doc("p2", "broken"), doc("p3", "kept")],
      [
        record("a", { promiseId: "p1", outcome: "broken" }),
        record("b", { outcome: "broken" }),
        record("c", { outcome: "kept" }),
      ],
      "2026-11-23",
    );
    expect(n).toBe(3); // p1 (record and document), p2 (document), b (record only)
  });

  it("uses a recent stored score for the draft's currency, never one from the future or a stale one", () => {
    const account = (currency: string, p30: number) =>
      ({ currency, p30, segment: "nudge", confidence: "high" }) as ClientScoreRecord["accounts"][number];
    const record = {
      clientId: "C",
      asOf: "2026-11-20",
      accounts: [account("USD", 0.9), account("EUR", 0.2)],
    } as ClientScoreRecord;
    expect(scoreSignal(record, "EUR", "2026-11-23")).toEqual({
      p30: 0.2,
      segment: "nudge",
      confidence: "high",
      asOf: "2026-11-20",
    });
    expect(scoreSignal(record, "GBP", "2026-11-23")?.p30).toBe(0.9);
    expect(scoreSignal(record, "USD", "2026-11-19")).toBeUndefined();
    expect(scoreSignal(record, "USD", "2027-01-05")).toBeUndefined();
    expect(scoreSignal(undefined, "USD", "2026-11-23")).toBeUndefined();
  });
});
