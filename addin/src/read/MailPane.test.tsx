// @vitest-environment jsdom
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { PreviewMailbox, type PreviewEmail } from "../office/preview-mailbox";
import { setupDom } from "../../../web-shared/test-support/dom";
import { fakeApi, missing, never, ok, problem, type Route } from "../test-support/fake-api";
import { candidate, draft, matchOne, otherCandidate, score, summary } from "../test-support/fixtures";
import { renderPane } from "../test-support/render";
import { MailPane } from "./MailPane";

setupDom();

const promiseEmail: PreviewEmail = {
  id: "promise",
  mode: "read",
  from: { email: "ap@proseware-capital.example" },
  subject: "Payment scheduled",
  body: "We will pay the outstanding balance in full by Dec 3, 2026.",
};

const baseRoutes: Record<string, Route> = {
  "POST /clients/match": ok(matchOne),
  "GET /clients/CL-1047/summary": ok(summary),
  "GET /clients/CL-1047/score": ok(score),
  "POST /messages/classify": ok({
    kind: "promise",
    confidence: 0.9,
    evidence: "We will pay the outstanding balance in full",
  }),
};

function setup(routes: Record<string, Route> = {}, email: PreviewEmail = promiseEmail) {
  const mailbox = new PreviewMailbox();
  mailbox.select(email);
  const fake = fakeApi({ ...baseRoutes, ...routes });
  renderPane(<MailPane />, { api: fake.api, mailbox });
  return { mailbox, ...fake };
}

describe("MailPane in read mode", () => {
  it("shows that it is matching while the API answers", async () => {
    setup({ "POST /clients/match": never });
    expect(await screen.findByText("Finding the client for this sender…")).toBeTruthy();
  });

  it("matches the sender with subject and body and shows the client, aging and score", async () => {
    const { calls } = setup();
    expect(await screen.findByRole("heading", { name: "Proseware Capital Inc." })).toBeTruthy();
    const match = calls.find((c) => c.path === "/clients/match")!;
    expect((match.body as Record<string, string>).email).toBe("ap@proseware-capital.example");
    expect((match.body as Record<string, string>).body).toContain("in full by Dec 3");
    const aging = screen.getByRole("region", { name: "Aging" });
    expect(within(aging).getByRole("row", { name: /1-30.*\$15,060\.00/ })).toBeTruthy();
    expect(within(aging).getByRole("row", { name: /Current.*\$5,252\.04/ })).toBeTruthy();
    const likelihood = await screen.findByRole("region", { name: "Payment likelihood" });
    expect(await within(likelihood).findByText("72%")).toBeTruthy();
    expect(within(likelihood).getByText("Paid the last 5 invoices within 20 days of due")).toBeTruthy();
    expect(within(likelihood).getByText("Send a friendly reminder")).toBeTruthy();
    expect(await screen.findByText("Marcus Pryce")).toBeTruthy();
    expect(screen.getByText("$20,312.04")).toBeTruthy();
    expect(screen.getByText("Financing · Regulatory review")).toBeTruthy();
  });

  it("says no model is trained yet when the score answers MODEL_MISSING", async () => {
    setup({ "GET /clients/CL-1047/score": problem(404, "MODEL_MISSING") });
    const likelihood = await screen.findByRole("region", { name: "Payment likelihood" });
    expect(await within(likelihood).findByText("No model trained yet")).toBeTruthy();
  });

  it("says not available yet when the score route is not deployed", async () => {
    setup({ "GET /clients/CL-1047/score": missing });
    const likelihood = await screen.findByRole("region", { name: "Payment likelihood" });
    expect(await within(likelihood).findByText("Not available yet")).toBeTruthy();
  });

  it("lets the specialist pick among several matching clients", async () => {
    const user = userEvent.setup();
    setup({
      "POST /clients/match": ok({
        email: "x@y.example",
        method: "reference",
        matches: [candidate, otherCandidate],
        client: null,
      }),
    });
    expect(await screen.findByText("2 clients match this email")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: /Proseware Capital Inc\./ }));
    expect(await screen.findByRole("heading", { name: "Proseware Capital Inc." })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Back" }));
    expect(await screen.findByRole("button", { name: /Woodgrove Logistics Inc\./ })).toBeTruthy();
  });

  it("shows an error with Retry, and recovers", async () => {
    const user = userEvent.setup();
    let fail = true;
    setup({
      "POST /clients/match": () =>
        fail ? { status: 500, body: { detail: "The error was logged with reference local-9." } } : ok(matchOne),
    });
    expect(await screen.findByText("Something went wrong on our side.")).toBeTruthy();
    expect(screen.getByText("Ref. local-9")).toBeTruthy();
    fail = false;
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("heading", { name: "Proseware Capital Inc." })).toBeTruthy();
  });

  it("drafts a reply, shows it in the Reply draft region and opens the reply form", async () => {
    const user = userEvent.setup();
    const { mailbox, calls } = setup({ "POST /clients/CL-1047/drafts": ok(draft) });
    await user.click(await screen.findByRole("button", { name: "Draft reply" }));
    const region = await screen.findByRole("region", { name: "Reply draft" });
    expect(region.textContent).toContain("The outstanding balance is $20,312.04.");
    expect(calls.find((c) => c.path === "/clients/CL-1047/drafts")?.body).toEqual({
      purpose: "reply",
      channel: "email",
      inbound: { from: promiseEmail.from!.email, subject: promiseEmail.subject, body: promiseEmail.body },
    });
    expect(mailbox.lastOutput()).toMatchObject({ kind: "reply", html: draft.html });
    expect(screen.getByText(/The reply is open in Outlook/)).toBeTruthy();
  });

  it("shows drafting as not available when the route is missing", async () => {
    const user = userEvent.setup();
    setup({ "GET /clients/CL-1047/state": ok({ promises: [] }) });
    await user.click(await screen.findByRole("button", { name: "Draft reply" }));
    expect(await screen.findByText("Not available yet")).toBeTruthy();
    expect(screen.queryByRole("region", { name: "Reply draft" })).toBeNull();
  });

  it("follows the mailbox to another email and never shows the previous client", async () => {
    const { mailbox } = setup({
      "POST /clients/match": (call) =>
        ok(
          (call.body as { email?: string }).email?.includes("woodgrove")
            ? { ...matchOne, matches: [otherCandidate], client: otherCandidate }
            : matchOne,
        ),
      "GET /clients/CL-1009/summary": never,
    });
    expect(await screen.findByRole("heading", { name: "Proseware Capital Inc." })).toBeTruthy();
    act(() => mailbox.select({ ...promiseEmail, id: "w", from: { email: "ap@woodgrove-logistics.example" } }));
    expect(await screen.findByRole("heading", { name: "Woodgrove Logistics Inc." })).toBeTruthy();
    expect(screen.queryByRole("heading", { name: "Proseware Capital Inc." })).toBeNull();
    await waitFor(() => expect(screen.getByRole("region", { name: "Aging" }).textContent).toContain("$2,359.82"));
  });
});
