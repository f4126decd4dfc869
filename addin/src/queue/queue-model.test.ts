import { describe, expect, it } from "vitest";
import { summary } from "../test-support/fixtures";
import { emailDraft, letterDraft, manager, partner, smsDraft, specialist } from "./queue-fixtures";
import {
  groupByChannel,
  invoicesToday,
  mayApprove,
  maySend,
  parseHandled,
  personName,
  safeWebLink,
} from "./queue-model";
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

  it("lets managers and the client's billing partner approve, like the API", () => {
    expect(mayApprove(manager, summary)).toBe(true);
    expect(mayApprove(partner, summary)).toBe(true);
    expect(mayApprove({ ...partner, userId: "u-hartwell" }, summary)).toBe(false);
    expect(mayApprove(specialist, summary)).toBe(false);
    // Before the summary arrives: a partner-only user sees only clients they bill.
    expect(mayApprove(partner, undefined)).toBe(true);
    expect(mayApprove({ ...partner, roles: ["partner", "specialist"] }, undefined)).toBe(false);
    // Without /me the server decides.
    expect(mayApprove(undefined, summary)).toBe(true);
  });

  it("keeps an unapproved draft that needs approval from being marked sent by a specialist", () => {
    expect(maySend(letterDraft, specialist, summary)).toBe(false);
    expect(maySend({ ...letterDraft, approvedBy: "u-pryce" }, specialist, summary)).toBe(true);
    expect(maySend(letterDraft, partner, summary)).toBe(true);
    expect(maySend(emailDraft, specialist, summary)).toBe(true);
  });

  it("reads who handled an item first from ALREADY_DECIDED", () => {
    expect(parseHandled("discarded by u-whitfield at 2026-11-23T19:07:58.676Z")).toEqual({
      status: "discarded",
      by: "u-whitfield",
      at: "2026-11-23T19:07:58.676Z",
    });
    expect(parseHandled("completed by 9f8e-aa at 2026-11-23T10:00:00Z")?.by).toBe("9f8e-aa");
    expect(parseHandled("someone else resolved it first")).toBeUndefined();
    expect(parseHandled(undefined)).toBeUndefined();
  });

  it("names people the pane knows and leaves others as the API names them", () => {
    expect(personName("u-chen", specialist, summary, "You")).toBe("You");
    expect(personName("u-pryce", specialist, summary, "You")).toBe("Marcus Pryce");
    expect(personName("u-chen", manager, summary, "You")).toBe("Jamie Chen");
    expect(personName("u-other", manager, summary, "You")).toBe("u-other");
  });

  it("finds a draft's invoices that are still open", () => {
    const today = invoicesToday(letterDraft.invoiceIds, summary);
    expect(today.open.map((i) => i.number)).toEqual(["21690"]);
    expect(today.closed).toBe(1);
  });

  it("counts waiting items from the parts that loaded", () => {
    const ok = (n: number) => ({ state: "ok" as const, value: Array.from({ length: n }) });
    expect(queueCount(ok(2), ok(3))).toBe(5);
    expect(queueCount(ok(2), { state: "error", error: { kind: "network" } })).toBe(2);
    expect(queueCount({ state: "loading" }, { state: "loading" })).toBeUndefined();
  });

  it("follows only https web links", () => {
    expect(safeWebLink("https://outlook.office.com/x")).toBe("https://outlook.office.com/x");
    expect(safeWebLink("javascript:alert(1)")).toBeUndefined();
    expect(safeWebLink(undefined)).toBeUndefined();
  });
});
