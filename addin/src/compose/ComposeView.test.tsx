// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { PreviewMailbox } from "../office/preview-mailbox";
import { MailPane } from "../read/MailPane";
import { setupDom } from "../../../web-shared/test-support/dom";
import { fakeApi, ok } from "../test-support/fake-api";
import { draft, matchOne, summary } from "../test-support/fixtures";
import { renderPane } from "../test-support/render";

setupDom();

describe("compose mode", () => {
  it("matches the first recipient and inserts the draft into the message", async () => {
    const user = userEvent.setup();
    const mailbox = new PreviewMailbox();
    mailbox.select({
      id: "c",
      mode: "compose",
      to: [{ email: "ap@proseware-capital.example" }],
      subject: "Account",
      body: "",
    });
    const { api, calls } = fakeApi({
      "POST /clients/match": ok(matchOne),
      "GET /clients/CL-1047/summary": ok(summary),
      "POST /clients/CL-1047/drafts": ok(draft),
    });
    renderPane(<MailPane />, { api, mailbox });
    expect(await screen.findByRole("heading", { name: "Proseware Capital Inc." })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Draft reply" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Insert draft" }));
    expect(await screen.findByText(/The draft was inserted into your message/)).toBeTruthy();
    expect(mailbox.lastOutput()).toMatchObject({ kind: "compose", html: draft.html });
    expect(calls.find((c) => c.path.endsWith("/drafts"))?.body).toEqual({ purpose: "reminder", channel: "email" });
    expect((calls.find((c) => c.path === "/clients/match")?.body as { email?: string } | undefined)?.email).toBe(
      "ap@proseware-capital.example",
    );
  });

  it("asks for a recipient first", async () => {
    const mailbox = new PreviewMailbox();
    mailbox.select({ id: "c", mode: "compose", to: [], subject: "", body: "" });
    renderPane(<MailPane />, { api: fakeApi({}).api, mailbox });
    expect(await screen.findByText("Add a recipient to draft for their client.")).toBeTruthy();
  });
});
