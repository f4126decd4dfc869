import { describe, expect, it } from "vitest";
import { cardProblems, inputIds, verbsOf } from "../../test/support/card-validator";
import { approvalsCard } from "./approvals.card";
import { digestCard } from "./digest.card";
import { escalationCard } from "./escalation.card";
import { INPUT, VERBS } from "./escalation-inputs";
import { sampleDigest, sampleEscalation, samplePlanRequest, sampleStatus, sampleWriteOffRequest } from "./fixtures";
import { helpCard } from "./help.card";
import { noticeCard } from "./notice.card";
import { requestCard } from "./request.card";
import { REQUEST_INPUT } from "./request-inputs";
import { statusCard } from "./status.card";

const verbs = Object.values(VERBS);

const decided = {
  ...sampleEscalation,
  status: "decided" as const,
  decision: {
    label: "Partner call",
    byName: "Eleanor Hartwell",
    at: "2026-11-23 10:00",
    details: [["Note", "ok"]] as [string, string][],
  },
};

const decidedPlan = {
  ...samplePlanRequest,
  status: "approved" as const,
  decision: {
    label: "Approved with changes",
    byName: "Eleanor Hartwell",
    at: "2026-11-23 10:00 UTC",
    details: [["As proposed", "4 installments, $9,000.00"]] as [string, string][],
  },
};
const { note: _note, ...planWithoutNote } = samplePlanRequest;
const withdrawnPlan = { ...planWithoutNote, status: "withdrawn" as const, score: null, history: [], invoices: [] };
const rejectedWriteOff = {
  ...sampleWriteOffRequest,
  status: "rejected" as const,
  decision: {
    label: "Rejected",
    byName: "Dana Whitfield",
    at: "2026-11-23 10:00 UTC",
    details: [["Reason", "Client *can* pay"]] as [string, string][],
  },
};

const cards: [string, unknown][] = [
  ["help (known)", helpCard({ known: true, firstName: "Eleanor" })],
  ["help (unknown)", helpCard({ known: false })],
  ["notice", noticeCard("Done", ["line"], "Good")],
  ["status", statusCard(sampleStatus, "esc-1")],
  ["status with score", statusCard({ ...sampleStatus, score: { headline: "80%", reasons: ["a", "b"] } })],
  ["escalation actionable", escalationCard(sampleEscalation, "2026-11-23")],
  [
    "escalation read-only",
    escalationCard({ ...sampleEscalation, viewer: { mode: "read-only", whoCan: "Eleanor Hartwell" } }, "2026-11-23"),
  ],
  ["escalation decided", escalationCard(decided, "2026-11-23")],
  [
    "escalation no reassign, no score",
    escalationCard({ ...sampleEscalation, reassignTo: [], score: null }, "2026-11-23"),
  ],
  [
    "approvals",
    approvalsCard({
      userName: "E",
      items: [{ escalationId: "e", clientName: "C", outstanding: "$1.00", reason: "r", requestedAt: "2026-11-20" }],
      requests: [
        { kind: "plan", id: "p1", clientName: "C", amount: "$9.00", detail: "3 installments", requestedAt: "x" },
        { kind: "write-off", id: "w1", clientName: "D", amount: "$2.00", detail: "Goodwill", requestedAt: "x" },
      ],
      notice: "Payment plan approved.",
    }),
  ],
  ["approvals empty", approvalsCard({ userName: "E", items: [], requests: [] })],
  ["plan request actionable", requestCard(samplePlanRequest, "2026-11-23")],
  [
    "plan request read-only",
    requestCard({ ...samplePlanRequest, viewer: { mode: "read-only", whoCan: "Eleanor Hartwell" } }, "2026-11-23"),
  ],
  ["plan request decided with changes", requestCard(decidedPlan, "2026-11-23")],
  ["plan request withdrawn, no score, no note", requestCard(withdrawnPlan, "2026-11-23")],
  ["write-off request actionable", requestCard(sampleWriteOffRequest, "2026-11-23")],
  ["write-off request rejected", requestCard(rejectedWriteOff, "2026-11-23")],
  ["digest", digestCard(sampleDigest)],
  [
    "digest no baseline",
    digestCard({ ...sampleDigest, baseline: null, atRisk: [], collectors: [], atRiskSource: "model" }),
  ],
];

describe("every card validates with the adaptivecards parser and our own checks", () => {
  it.each(cards)("%s", (_name, card) => {
    expect(cardProblems(card, verbs)).toEqual([]);
    expect((card as { version: string }).version).toBe("1.5");
  });

  it("the checks catch what they are for", () => {
    const bad = {
      type: "AdaptiveCard",
      version: "1.4",
      body: [{ type: "Input.Text", id: "a", isRequired: true }, { type: "Input.Text", id: "a" }, { type: "Nonsense" }],
      actions: [{ type: "Action.Execute", title: "x" }],
    };
    const problems = cardProblems(bad, verbs).join("\n");
    expect(problems).toContain("version 1.5");
    expect(problems).toContain("without a verb");
    expect(problems).toContain("input id a used 2 times");
    expect(problems).toContain("needs label");
    expect(problems).toContain("Nonsense");
  });
});

describe("the escalation card", () => {
  it("offers every decision with its inputs and a refresh for the routed partner", () => {
    const card = escalationCard(sampleEscalation, "2026-11-23");
    expect(verbsOf(card).sort()).toEqual(
      ["approveEscalation", "approvePlan", "holdUntil", "approveWriteOff", "reassign", "refresh"].sort(),
    );
    expect(inputIds(card).sort()).toEqual(Object.values(INPUT).sort());
    expect(card.refresh?.userIds).toEqual(["29:hartwell"]);
    const json = JSON.stringify(card);
    expect(json).toContain("Northwind \\\\*Logistics\\\\*");
    expect(json).toContain('"min":"2026-11-24"');
  });

  it("is read-only for someone who may not decide, and says who can", () => {
    const card = escalationCard(
      { ...sampleEscalation, viewer: { mode: "read-only", whoCan: "Eleanor Hartwell" } },
      "2026-11-23",
    );
    expect(verbsOf(card)).toEqual(["refresh"]);
    expect(JSON.stringify(card)).toContain("Only Eleanor Hartwell can decide");
  });

  it("shows who decided and when, without actions", () => {
    const card = escalationCard(decided, "2026-11-23");
    expect(verbsOf(card)).toEqual(["refresh"]);
    expect(JSON.stringify(card)).toContain("Decided by Eleanor Hartwell at 2026-11-23 10:00");
  });

  it("says when no score is available", () => {
    expect(JSON.stringify(escalationCard({ ...sampleEscalation, score: null }, "2026-11-23"))).toContain(
      "Score not available",
    );
  });
});

describe("the request cards (plans and write-offs proposed outside an escalation)", () => {
  it("a plan shows its installments and note, and offers approve, modify and reject to the decider", () => {
    const card = requestCard(samplePlanRequest, "2026-11-23");
    expect(verbsOf(card).sort()).toEqual(["approveRequest", "modifyPlan", "refreshRequest", "rejectRequest"]);
    expect(inputIds(card).sort()).toEqual(Object.values(REQUEST_INPUT).sort());
    expect(card.refresh?.userIds).toEqual(["29:hartwell"]);
    const json = JSON.stringify(card);
    expect(json).toContain("Payment plan for approval: Northwind \\\\*Logistics\\\\*");
    expect(json).toContain("2027-02-01");
    expect(json).toContain("Client asked for three months");
    expect(json).toContain("38% likely to pay within 30 days");
    expect(json).toContain('"min":"2026-11-24"');
    expect(json).toContain('"max":"2027-02-21"');
  });

  it("a write-off shows amount, reason and invoices, and offers approve and reject only", () => {
    const card = requestCard(sampleWriteOffRequest, "2026-11-23");
    expect(verbsOf(card).sort()).toEqual(["approveRequest", "refreshRequest", "rejectRequest"]);
    expect(inputIds(card)).toEqual([REQUEST_INPUT.rejectReason]);
    const json = JSON.stringify(card);
    expect(json).toContain("Write off $250.00");
    expect(json).toContain("Goodwill: disputed hours");
    expect(json).toContain("Invoice 1001");
  });

  it("is read-only for someone who may not decide, and says who can", () => {
    const card = requestCard(
      {
        ...sampleWriteOffRequest,
        viewer: { mode: "read-only", whoCan: "Eleanor Hartwell (or a collections manager)" },
      },
      "2026-11-23",
    );
    expect(verbsOf(card)).toEqual(["refreshRequest"]);
    expect(JSON.stringify(card)).toContain(
      "Only Eleanor Hartwell (or a collections manager) can decide this write-off.",
    );
  });

  it("shows who decided and when, without actions", () => {
    for (const card of [requestCard(decidedPlan, "2026-11-23"), requestCard(rejectedWriteOff, "2026-11-23")]) {
      expect(verbsOf(card)).toEqual(["refreshRequest"]);
    }
    expect(JSON.stringify(requestCard(decidedPlan, "2026-11-23"))).toContain(
      "Decided by Eleanor Hartwell at 2026-11-23 10:00 UTC: Approved with changes",
    );
    expect(JSON.stringify(requestCard(rejectedWriteOff, "2026-11-23"))).toContain("Client \\\\*can\\\\* pay");
  });
});

describe("the digest card", () => {
  it("labels the at-risk list honestly when no model scored it", () => {
    expect(JSON.stringify(digestCard(sampleDigest))).toContain(
      "Largest balances over 90 days past due (no model score yet)",
    );
    expect(JSON.stringify(digestCard({ ...sampleDigest, atRiskSource: "model" }))).toContain("Top at-risk accounts");
  });
});
