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
