// @vitest-environment jsdom
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { PreviewMailbox } from "../office/preview-mailbox";
import { callTask, emailDraft, letterDraft, specialist } from "../queue/queue-fixtures";
import { setupDom } from "../../../web-shared/test-support/dom";
import { fakeApi, ok, problem } from "../test-support/fake-api";
import { matchOne, summary } from "../test-support/fixtures";
import { App } from "./App";

setupDom();

describe("TaskPane", () => {
  it("asks for an email first, and switches to the worklist and back without losing the client", async () => {
    const user = userEvent.setup();
    const mailbox = new PreviewMailbox();
    const { api } = fakeApi({ "POST /clients/match": ok(matchOne), "GET /clients/CL-1047/summary": ok(summary) });
    render(<App services={{ api, mailbox, today: () => "2026-11-23" }} theme={webLightTheme} />);
    expect(await screen.findByText("Select an email to see the client beside it.")).toBeTruthy();
    mailbox.select({ id: "p", mode: "read", from: { email: "ap@proseware-capital.example" }, subject: "Hi", body: "" });
    expect(await screen.findByRole("heading", { name: "Proseware Capital Inc." })).toBeTruthy();
    await user.click(screen.getByRole("tab", { name: "My accounts today" }));
    expect(await screen.findByRole("heading", { name: "My accounts today" })).toBeTruthy();
    expect(screen.queryByRole("heading", { name: "Proseware Capital Inc." })).toBeNull();
    await user.click(screen.getByRole("tab", { name: "This email" }));
    expect(screen.getByRole("heading", { name: "Proseware Capital Inc." })).toBeTruthy();
  });

  it("shows how many items wait in the review queue, opens it on demand and keeps the count current", async () => {
    const user = userEvent.setup();
    const patch = `PATCH /drafts/${encodeURIComponent(emailDraft.id)}`;
    const { api, calls } = fakeApi({
      "GET /queue/summary": ok({ drafts: 2, tasks: 1, total: 3 }),
      "GET /drafts": ok([emailDraft, letterDraft]),
      "GET /tasks": ok([callTask]),
      "GET /me": ok(specialist),
      [patch]: ok({ ...emailDraft, status: "discarded" }),
    });
    render(<App services={{ api, mailbox: null, today: () => "2026-11-23" }} theme={webLightTheme} />);
    const tab = await screen.findByRole("tab", { name: "Review queue, 3 waiting" });
    // The view and its lists load only when opened; the badge reads the counts alone (no draft bodies).
    expect(calls.some((c) => c.path === "/me" || c.path === "/drafts" || c.path === "/tasks")).toBe(false);
    await user.click(tab);
    expect(await screen.findByRole("heading", { name: "Review queue" })).toBeTruthy();
    expect(screen.getByRole("tabpanel", { name: /Review queue/ })).toBeTruthy();
    expect(calls.filter((c) => c.path === "/drafts")).toHaveLength(1);
    expect(calls.filter((c) => c.path === "/queue/summary")).toHaveLength(1);
    const emails = await screen.findByRole("list", { name: "Email drafts" });
    await user.click(await within(emails).findByRole("button", { name: "Discard for Proseware Capital Inc." }));
    await user.keyboard("{Enter}");
    expect(await screen.findByRole("tab", { name: "Review queue, 2 waiting" })).toBeTruthy();
    await user.click(screen.getByRole("tab", { name: "This email" }));
    expect(screen.queryByRole("heading", { name: "Review queue" })).toBeNull();
  });

  it("shows no count when the queue cannot be read", async () => {
    const { api } = fakeApi({ "GET /queue/summary": problem(500, "UNAVAILABLE") });
    render(<App services={{ api, mailbox: null, today: () => "2026-11-23" }} theme={webLightTheme} />);
    expect(await screen.findByRole("tab", { name: "Review queue" })).toBeTruthy();
  });

  it("works without a mailbox (opened outside Outlook)", async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <App services={{ api: fakeApi({}).api, mailbox: null, today: () => "2026-11-23" }} theme={webLightTheme} />
      </FluentProvider>,
    );
    expect(await screen.findByText("Select an email to see the client beside it.")).toBeTruthy();
  });
});
