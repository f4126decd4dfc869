import { describe, expect, it } from "vitest";
import { en } from "../i18n/en";
import { stateLines } from "./state-lines";

describe("stateLines", () => {
  it("turns workflow documents into short lines", () => {
    const lines = stateLines(
      {
        sequence: {
          step: { id: "+15", label: "Firmer reminder" },
          nextStep: { label: "Past-due notice", due: "2026-12-08" },
          paused: true,
        },
        promises: [
          { amountMinor: 500050, promisedDate: "2026-12-04", status: "open" },
          { amountMinor: 100, promisedDate: "2026-10-04", status: "kept" },
        ],
        disputes: [
          { reasonCode: "fee-dispute", invoiceIds: ["a", "b"] },
          { reasonCode: "other", status: "resolved" },
        ],
        other: {
          "payment-plan": [
            {
              installments: [{}, {}, {}],
              progress: { installments: [{ state: "paid" }, { state: "paid" }, { state: "due" }] },
              status: "active",
            },
            { installments: [{}, {}], status: "rejected" },
          ],
        },
        holds: [
          { until: "2027-01-10", reason: "AP audit", status: "active" },
          { until: "2026-01-10", reason: "old", status: "released" },
        ],
        escalations: [{ reason: "Three broken promises", status: "pending" }],
      },
      en,
      "en-US",
      "USD",
    );
    expect(lines).toEqual({
      sequence: "Firmer reminder · Paused",
      nextStep: "Past-due notice on Dec 8, 2026",
      promises: ["$5,000.50 by Dec 4, 2026 (open)"],
      disputes: ["Fee dispute · 2 invoices"],
      plans: ["2 of 3 installments paid (active)"],
      holds: ["until Jan 10, 2027 · AP audit"],
      escalations: ["Three broken promises (pending)"],
    });
  });

  it("reads the workflow engine's sequence pause", () => {
    const state = {
      other: { "sequence-state": [{ paused: { reason: "client replied", until: "2026-12-01" }, log: [] }] },
    };
    expect(stateLines(state, en, "en-US", "USD").sequence).toBe("Paused · until Dec 1, 2026 · client replied");
    expect(stateLines({ other: { "sequence-state": [{ log: [] }] } }, en, "en-US", "USD").sequence).toBeUndefined();
  });

  it("reads the sequence position: the step drafted and the next one with its day", () => {
    const sequence = {
      status: "active",
      sequence: { id: "standard", name: "Standard business client" },
      invoices: 1,
      current: {
        stepId: "+15",
        label: "Firmer reminder",
        offsetDays: 15,
        invoiceNumber: "INV-123",
        state: "drafted",
        draftedOn: "2026-11-12",
      },
      next: {
        stepId: "+30",
        label: "Past-due notice",
        offsetDays: 30,
        channel: "letter",
        needsApproval: false,
        invoiceNumber: "INV-123",
        date: "2026-12-05",
        invoices: 1,
      },
    };
    expect(stateLines({ sequence }, en, "en-US", "USD")).toMatchObject({
      sequence: "+15 firmer reminder (INV-123), drafted Nov 12, 2026",
      nextStep: "+30 past-due notice on Dec 5, 2026",
    });
    const later = {
      ...sequence,
      invoices: 3,
      current: { ...sequence.current, state: "due", stepDate: "2026-11-22", draftedOn: undefined },
      next: {
        stepId: "+45",
        label: "Partner letter",
        offsetDays: 45,
        invoiceNumber: "INV-9",
        needsApproval: true,
        date: "2026-11-26",
        sendAfter: "2026-11-27",
      },
      paused: { invoices: 1, reasons: [{ reason: "dispute", invoices: 1 }] },
    };
    expect(stateLines({ sequence: later }, en, "en-US", "USD")).toMatchObject({
      sequence:
        "+15 firmer reminder (INV-123), due Nov 22, 2026 · 3 invoices in the sequence · 1 invoice paused · dispute",
      nextStep: "+45 partner letter (INV-9) on Nov 26, 2026 · sendable from Nov 27, 2026 · needs approval",
    });
  });

  it("says why the sequence is paused, not started, finished or held", () => {
    const paused = {
      status: "paused",
      invoices: 0,
      sequence: { id: "standard", name: "Standard business client" },
      paused: {
        invoices: 2,
        reasons: [
          { reason: "hold", invoices: 1, until: "2026-12-15" },
          { reason: "manual", invoices: 1, until: "2026-12-01", note: "Awaiting budget" },
        ],
      },
    };
    const lines = stateLines({ sequence: paused }, en, "en-US", "USD");
    expect(lines.sequence).toBe(
      "Standard business client · Paused · hold until Dec 15, 2026 · paused by a person until Dec 1, 2026 · Awaiting budget",
    );
    expect(lines.nextStep).toBeUndefined();
    const fresh = {
      status: "not-started",
      sequence: { id: "standard", name: "Standard business client" },
      next: { stepId: "pre-7", label: "Friendly notice", offsetDays: -7, date: "2026-12-07" },
    };
    expect(stateLines({ sequence: fresh }, en, "en-US", "USD")).toMatchObject({
      sequence: "Standard business client, not started yet",
      nextStep: "-7 friendly notice on Dec 7, 2026",
    });
    const step = { stepId: "+90", label: "Final demand", offsetDays: 90, state: "drafted", draftedOn: "2026-11-02" };
    expect(stateLines({ sequence: { status: "finished", current: step } }, en, "en-US", "USD").nextStep).toBe(
      "None, every step is done",
    );
    expect(stateLines({ sequence: { status: "blocked", blockedBy: "opt-out" } }, en, "en-US", "USD").nextStep).toBe(
      "None possible: every contact opted out",
    );
    // Nothing open: no sequence lines at all; odd fields are ignored.
    const none = stateLines({ sequence: { status: "none", sequences: [], next: 7, current: "x" } }, en, "en-US", "USD");
    expect(none.sequence).toBeUndefined();
    expect(none.nextStep).toBeUndefined();
  });

  it("tolerates missing lists and unknown shapes", () => {
    expect(stateLines({ sequence: { step: "Due today" }, disputes: [{ reason: "odd" }] }, en, "en-US", "USD")).toEqual({
      sequence: "Due today",
      promises: [],
      disputes: ["odd · 0 invoices"],
      plans: [],
      holds: [],
      escalations: [],
    });
  });
});
