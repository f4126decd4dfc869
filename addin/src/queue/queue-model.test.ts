import { describe, expect, it } from "vitest";
import { emailDraft, letterDraft, manager, smsDraft, specialist } from "./queue-fixtures";
import { groupByChannel, handledByName, parseHandled, personName, safeWebLink } from "./queue-model";
import { queueCount } from "./use-review-queue";

describe("queue model", () => {
  it("groups drafts by channel in the pane's order, keeping unknown channels last", () => {
    const odd = { ...emailDraft, id: "x", channel: "fax" as never };
    const groups = groupByChannel([letterDraft, odd, emailDraft, smsDraft]);
    expect(groups.map((g) => [g.channel, g.drafts.map((d) => d.id)])).toEqual([
      ["email", [emailDraft.id]],
      ["sms", [smsDraft.id]],
      ["letter", [letterDraft.id]],
      ["fax", ["x"]],
    ]);
    expect(groupByChannel([])).toEqual([]);
  });

  it("reads who handled an item first, by name, from ALREADY_DECIDED", () => {
    expect(parseHandled("discarded by Dana Whitfield at 2026-11-23T19:07:58.676Z")).toEqual({
      status: "discarded",
      by: "Dana Whitfield",
      at: "2026-11-23T19:07:58.676Z",
    });
    expect(parseHandled("completed by Jamie Chen at 2026-11-23T10:00:00Z")?.by).toBe("Jamie Chen");
    expect(parseHandled("it was already sent")).toBeUndefined();
    expect(parseHandled(undefined)).toBeUndefined();
  });

  it("says You for the signed-in user and otherwise uses the name the API gives", () => {
    expect(personName("u-chen", "Jamie Chen", specialist, "You")).toBe("You");
    expect(personName("u-chen", "Jamie Chen", manager, "You")).toBe("Jamie Chen");
    expect(personName("u-gone", undefined, manager, "You")).toBe("u-gone");
    expect(personName("u-chen", "Jamie Chen", undefined, "You")).toBe("Jamie Chen");
    expect(handledByName("Jamie Chen", specialist, "You")).toBe("You");
    expect(handledByName("Dana Whitfield", specialist, "You")).toBe("Dana Whitfield");
    expect(handledByName("Dana Whitfield", undefined, "You")).toBe("Dana Whitfield");
  });

  it("counts waiting items from the lists once loaded, from the counts before", () => {
    const ok = (n: number) => ({ state: "ok" as const, value: Array.from({ length: n }) });
    const loading = { state: "loading" as const };
    const failed = { state: "error" as const, error: { kind: "network" as const } };
    expect(queueCount(ok(2), ok(3))).toBe(5);
    expect(queueCount(ok(2), failed)).toBe(2);
    expect(queueCount(loading, loading)).toBeUndefined();
    expect(queueCount(loading, loading, { drafts: 4, tasks: 1 })).toBe(5);
    // The lists win over the counts read when the pane opened.
    expect(queueCount(ok(1), loading, { drafts: 4, tasks: 1 })).toBe(2);
    expect(queueCount(ok(0), ok(0), { drafts: 4, tasks: 1 })).toBe(0);
  });

  it("follows only https web links", () => {
    expect(safeWebLink("https://outlook.office.com/x")).toBe("https://outlook.office.com/x");
    expect(safeWebLink("javascript:alert(1)")).toBeUndefined();
    expect(safeWebLink(undefined)).toBeUndefined();
  });
});
