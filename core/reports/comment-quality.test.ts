import { describe, expect, it } from "vitest";
import type { Interaction } from "../domain/types";
import { commentQuality, qualityFlag } from "./comment-quality";

describe("qualityFlag", () => {
  it.each([
    ["", "empty"],
    ["   ", "empty"],
    ["—", "empty"],
    ["LVM", "one-word"],
    ["Called.", "one-word"],
    ["don't", "one-word"],
    ["Left voicemail.", null],
    ["Spoke to AP; will pay Friday", null],
  ])("%j → %s", (summary, expected) => {
    expect(qualityFlag(summary)).toBe(expected);
  });
});

describe("commentQuality", () => {
  const note = (id: string, actorId: string, at: string, summary: string, kind = "note"): Interaction =>
    ({ tenantId: "t", id, clientId: "c1", kind, at, actorId, summary }) as Interaction;
  const users = [{ tenantId: "t", id: "u-chen", email: "", displayName: "Jamie Chen", roles: ["specialist" as const] }];

  it("counts notes and call logs per author in the period, flags empty and one-word ones, skips the engine", () => {
    const rows = commentQuality(
      [
        note("1", "u-chen", "2026-11-02T10:00:00Z", "LVM", "call"),
        note("2", "u-chen", "2026-11-03T10:00:00Z", "Spoke with AP, cheque in the post"),
        note("3", "u-chen", "2026-11-04T10:00:00Z", " "),
        note("4", "u-chen", "2026-09-01T10:00:00Z", "x"),
        note("5", "workflow", "2026-11-04T10:00:00Z", "ok"),
        note("6", "u-nair", "2026-11-05T10:00:00Z", "Agreed a plan", "email-sent"),
      ],
      users,
      { from: "2026-10-01", to: "2026-11-30" },
    );
    expect(rows).toEqual([
      {
        actorId: "u-chen",
        name: "Jamie Chen",
        comments: 3,
        empty: 1,
        oneWord: 1,
        flaggedShare: 0.6667,
        examples: [
          { id: "3", clientId: "c1", at: "2026-11-04T10:00:00Z", kind: "note", summary: " ", flag: "empty" },
          { id: "1", clientId: "c1", at: "2026-11-02T10:00:00Z", kind: "call", summary: "LVM", flag: "one-word" },
        ],
      },
    ]);
  });
});
