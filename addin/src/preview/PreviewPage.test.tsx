// @vitest-environment jsdom
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { StringsProvider } from "../i18n/strings";
import { PreviewMailbox } from "../office/preview-mailbox";
import { setupDom } from "../../../web-shared/test-support/dom";
import { PreviewPage } from "./PreviewPage";
import { composeSample, sampleEmails } from "./samples";

setupDom();

describe("sampleEmails", () => {
  it("holds the required kinds of email from different demo clients, with unique subjects", () => {
    const emails = sampleEmails("2026-11-23");
    expect(emails.map((e) => e.id)).toEqual(
      expect.arrayContaining(["promise", "dispute", "hardship", "hostile", "remittance", "unknown"]),
    );
    expect(new Set(emails.map((e) => e.subject)).size).toBe(emails.length);
    const domains = emails.map((e) => e.from?.email.split("@")[1]);
    expect(new Set(domains).size).toBe(emails.length);
    expect(emails.find((e) => e.id === "hostile")?.body).toMatch(/ignore previous instructions/i);
    expect(emails.find((e) => e.id === "promise")?.body).toContain("Dec 3, 2026");
  });
});

describe("PreviewPage", () => {
  it("lists each sample as a list item with a button named by its subject, and drives the mailbox", async () => {
    const user = userEvent.setup();
    const mailbox = new PreviewMailbox();
    const emails = sampleEmails("2026-11-23");
    const onRole = vi.fn();
    render(
      <StringsProvider>
        <PreviewPage
          mailbox={mailbox}
          emails={emails}
          compose={composeSample()}
          devRole="specialist"
          onRole={onRole}
          theme="light"
          onTheme={() => undefined}
        >
          <div>pane</div>
        </PreviewPage>
      </StringsProvider>,
    );
    const inbox = screen.getByRole("navigation", { name: "Sample inbox" });
    const items = within(inbox).getAllByRole("listitem");
    expect(items).toHaveLength(emails.length);
    const first = within(items[0]!).getByRole("button", { name: emails[0]!.subject });
    await user.click(first);
    expect(mailbox.selectedId()).toBe("promise");
    expect(first.getAttribute("aria-current")).toBe("true");
    expect(screen.getByRole("article", { name: emails[0]!.subject }).textContent).toContain("transfer is approved");
    await act(() =>
      mailbox.displayReply("<p>Dear AP,</p><p>Balance <b>$1.00</b></p><img src='https://evil.example/x.png'>"),
    );
    const reply = screen.getByRole("region", { name: "Outlook reply (mock)" });
    expect(reply.textContent).toContain("Dear AP,");
    expect(reply.querySelector("img")).toBeNull();
    await user.selectOptions(screen.getByLabelText("Signed in as"), "manager");
    expect(onRole).toHaveBeenCalledWith("manager");
    await user.click(screen.getByRole("button", { name: /New message to/ }));
    expect(mailbox.selectedId()).toBe("compose");
  });
});
