// @vitest-environment jsdom
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { PreviewMailbox } from "../office/preview-mailbox";
import { setupDom } from "../../../web-shared/test-support/dom";
import { fakeApi, ok } from "../test-support/fake-api";
import { matchOne, summary } from "../test-support/fixtures";
import { App } from "./App";

setupDom();

describe("TaskPane", () => {
  it("asks for an email first, and switches to the worklist and back without losing the client", async () => {
    const user = userEvent.setup();
    const mailbox = new PreviewMailbox();
    const { api } = fakeApi({ "GET /clients/match": ok(matchOne), "GET /clients/CL-1047/summary": ok(summary) });
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

  it("works without a mailbox (opened outside Outlook)", async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <App services={{ api: fakeApi({}).api, mailbox: null, today: () => "2026-11-23" }} theme={webLightTheme} />
      </FluentProvider>,
    );
    expect(await screen.findByText("Select an email to see the client beside it.")).toBeTruthy();
  });
});
