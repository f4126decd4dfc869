import { describe, expect, it } from "vitest";
import { cardProblems, inputIds, verbsOf } from "../../test/support/card-validator";
import { approvalsCard } from "./approvals.card";
import { digestCard } from "./digest.card";
import { escalationCard } from "./escalation.card";
import { INPUT, VERBS } from "./escalation-inputs";
import { sampleDigest, sampleEscalation, sampleStatus } from "./fixtures";
import { helpCard } from "./help.card";
import { noticeCard } from "./notice.card";
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

describe("the digest card", () => {
  it("labels the at-risk list honestly when no model scored it", () => {
    expect(JSON.stringify(digestCard(sampleDigest))).toContain(
      "Largest balances over 90 days past due (no model score yet)",
    );
    expect(JSON.stringify(digestCard({ ...sampleDigest, atRiskSource: "model" }))).toContain("Top at-risk accounts");
  });
});
