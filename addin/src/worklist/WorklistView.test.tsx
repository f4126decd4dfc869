// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { setupDom } from "../../../web-shared/test-support/dom";
import { fakeApi, never, ok } from "../test-support/fake-api";
import { summary } from "../test-support/fixtures";
import { renderPane } from "../test-support/render";
import WorklistView from "./WorklistView";

setupDom();

const worklist = {
  asOf: "2026-11-23",
  items: [
    {
      clientId: "CL-1047",
      name: "Proseware Capital Inc.",
      balanceMinor: 2031204,
      p30: 0.31,
      cashAtRiskMinor: 1401531,
      segment: "partner",
      reason: "Two invoices over 30 days and a broken promise",
      nextAction: "Ask the billing partner to call",
    },
    { clientId: "CL-1003", name: "Fabrikam Logistics LLC", balanceMinor: 136480, p30: 0.9, segment: "nudge" },
  ],
};

describe("WorklistView", () => {
  it("shows loading, then the ranked accounts with reasons, and opens one", async () => {
    const user = userEvent.setup();
    const { api } = fakeApi({ "GET /worklist": ok(worklist), "GET /clients/CL-1047/summary": ok(summary) });
    renderPane(<WorklistView />, { api });
    expect(screen.getByText("Loading your accounts…")).toBeTruthy();
    const list = await screen.findByRole("list");
    const rows = within(list).getAllByRole("listitem");
    expect(rows).toHaveLength(2);
    expect(rows[0]?.textContent).toContain("Balance: 20,312.04");
    expect(rows[0]?.textContent).toContain("Pays in 30 days: 31%");
    expect(rows[0]?.textContent).toContain("Two invoices over 30 days and a broken promise");
    expect(rows[0]?.textContent).toContain("Ask the billing partner to call");
    await user.click(screen.getByRole("button", { name: "Open Proseware Capital Inc." }));
    expect(await screen.findByRole("heading", { name: "Proseware Capital Inc." })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Back" }));
    expect(await screen.findByRole("heading", { name: "My accounts today" })).toBeTruthy();
  });

  it("says not available yet when the worklist route is missing", async () => {
    renderPane(<WorklistView />, { api: fakeApi({}).api });
    expect(await screen.findByText("Not available yet")).toBeTruthy();
  });

  it("says when there is nothing to do", async () => {
    renderPane(<WorklistView />, { api: fakeApi({ "GET /worklist": ok({ asOf: "2026-11-23", items: [] }) }).api });
    expect(await screen.findByText("Nothing to work on today.")).toBeTruthy();
  });

  it("keeps loading while the API is slow", async () => {
    renderPane(<WorklistView />, { api: fakeApi({ "GET /worklist": never }).api });
    expect(await screen.findByRole("status")).toBeTruthy();
  });
});
