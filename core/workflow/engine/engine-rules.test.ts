import { describe, expect, it } from "vitest";
import type { Interaction } from "../../domain/types";
import { DEFAULT_WORKFLOW_CONFIG } from "../config/defaults";
import { dueStep } from "./due-step";
import { contactHistories, unhandledReplies } from "./history";
import { buildPauseIndex, pauseReason } from "./pauses";

const steps = DEFAULT_WORKFLOW_CONFIG.sequences[0]!.steps; // -7, 0, +7, +15, +30, +45, +60, +90
const latest = { catchUp: "latest", resume: "current-step" } as const;

describe("dueStep", () => {
  it.each<
    [
      string,
      number,
      string[],
      typeof latest | { catchUp: "latest" | "exact-day"; resume: "current-step" | "next-step" },
      string,
    ]
  >([
    ["not yet 8 days before due", -8, [], latest, "not-yet"],
    ["the friendly notice 7 days before", -7, [], latest, "due pre-7"],
    ["still the notice 3 days before when missed", -3, [], latest, "due pre-7"],
    ["done for the day once drafted", -3, ["pre-7"], latest, "done pre-7"],
    ["catch-up drafts only the latest step", 50, [], latest, "due +45"],
    ["a long-overdue invoice gets the final demand", 400, ["+7"], latest, "due +90"],
    ["exact-day fires a step on its day", 15, [], { catchUp: "exact-day", resume: "current-step" }, "due +15"],
    ["exact-day skips a missed day", 16, [], { catchUp: "exact-day", resume: "current-step" }, "missed +15"],
    [
      "next-step resumes after the last step done",
      50,
      ["pre-7", "due", "+7"],
      { catchUp: "latest", resume: "next-step" },
      "due +15",
    ],
    [
      "next-step with nothing done starts at the current step",
      50,
      [],
      { catchUp: "latest", resume: "next-step" },
      "due +45",
    ],
    ["next-step once caught up is done", 50, ["+45"], { catchUp: "latest", resume: "next-step" }, "done +45"],
  ])("%s", (_name, daysPastDue, done, policy, expected) => {
    const choice = dueStep(steps, daysPastDue, new Set(done), policy);
    expect(choice.kind === "not-yet" ? "not-yet" : `${choice.kind} ${choice.step.id}`).toBe(expected);
  });
});

describe("pauses", () => {
  const index = buildPauseIndex(
    {
      disputes: [
        {
          id: "d1",
          clientId: "A",
          invoiceIds: ["A1"],
          reasonCode: "fee-dispute",
          status: "open",
          raisedBy: "u",
          raisedAt: "",
        },
        {
          id: "d2",
          clientId: "B",
          invoiceIds: [],
          reasonCode: "not-received",
          status: "open",
          raisedBy: "u",
          raisedAt: "",
        },
        {
          id: "d3",
          clientId: "C",
          invoiceIds: ["C1"],
          reasonCode: "other",
          status: "resolved",
          raisedBy: "u",
          raisedAt: "",
        },
      ],
      plans: [{ id: "p1", clientId: "A", invoiceIds: ["A2"], status: "active" } as never],
      holds: [
        { id: "h1", clientId: "D", until: "2026-12-01", reason: "r", status: "active", placedBy: "u", placedAt: "" },
        { id: "h2", clientId: "E", until: "2026-11-23", reason: "r", status: "active", placedBy: "u", placedAt: "" },
      ],
      promises: [
        {
          id: "pr1",
          clientId: "F",
          invoiceIds: [],
          amountMinor: 1,
          currency: "USD",
          promisedDate: "2026-11-21",
          status: "open",
          recordedBy: "u",
          recordedAt: "",
        },
        {
          id: "pr2",
          clientId: "G",
          invoiceIds: ["G1"],
          amountMinor: 1,
          currency: "USD",
          promisedDate: "2026-11-19",
          status: "open",
          recordedBy: "u",
          recordedAt: "",
        },
      ],
      states: [{ clientId: "H", paused: { reason: "r", by: "u", at: "" }, log: [] }],
      unhandledReplies: new Set(["I"]),
    },
    "2026-11-23",
    3,
  );
  it.each([
    ["A", "A1", false, "dispute"],
    ["A", "A2", false, "payment-plan"],
    ["A", "A3", false, undefined],
    ["B", "B1", false, "dispute"],
    ["C", "C1", false, undefined],
    ["C", "C2", true, "dispute"],
    ["D", "D1", false, "hold"],
    ["E", "E1", false, undefined], // the hold ends on its date
    ["F", "F1", false, "promise"], // promised the 21st, grace 3 days
    ["G", "G1", false, undefined], // promised the 19th: past date + grace
    ["H", "H1", false, "manual"],
    ["I", "I1", false, "client-reply"],
  ])("client %s invoice %s (ledger disputed %s) → %s", (clientId, id, disputed, expected) => {
    expect(pauseReason({ id, disputed }, index.get(clientId))).toBe(expected);
  });
});

describe("history", () => {
  const rec = (
    i: number,
    clientId: string,
    kind: Interaction["kind"],
    at: string,
    actorId = "u-chen",
  ): Interaction => ({
    tenantId: "t",
    id: `i${i}`,
    clientId,
    kind,
    at,
    actorId,
    summary: "",
  });
  const trail = [
    rec(1, "A", "email-sent", "2026-11-10T10:00:00Z"),
    rec(2, "A", "call", "2026-11-20T10:00:00Z"),
    rec(3, "A", "email-drafted", "2026-11-21T06:00:00Z", "workflow"),
    rec(4, "A", "note", "2026-11-22T10:00:00Z"),
    rec(5, "B", "email-received", "2026-11-21T10:00:00Z"),
    rec(6, "B", "email-drafted", "2026-11-22T06:00:00Z", "workflow"),
    rec(7, "C", "email-received", "2026-11-20T10:00:00Z"),
    rec(8, "C", "note", "2026-11-20T11:00:00Z"),
    rec(9, "D", "email-received", "2026-11-20T10:00:00Z"),
    rec(10, "A", "call", "2026-11-30T10:00:00Z"),
  ];
  it("finds the last contact on or before the day and counts contact days in the last 7", () => {
    expect(Object.fromEntries(contactHistories(trail, "2026-11-23"))).toEqual({
      A: { lastContactDate: "2026-11-21", contactsLast7Days: 2 },
      B: { lastContactDate: "2026-11-22", contactsLast7Days: 1 },
    });
  });
  it("keeps a reply pending until a person handles it (an engine draft does not)", () => {
    const states = [{ clientId: "D", replyHandledAt: "2026-11-20T12:00:00Z", log: [] }];
    expect([...unhandledReplies(trail, states)]).toEqual(["B"]);
  });
});
