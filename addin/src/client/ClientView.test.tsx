// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { setupDom } from "../../../web-shared/test-support/dom";
import { fakeApi, never, ok, problem } from "../test-support/fake-api";
import { score, summary } from "../test-support/fixtures";
import { renderPane } from "../test-support/render";
import { ClientView } from "./ClientView";

setupDom();

describe("ClientView", () => {
  it("shows loading, then the full view from the summary with open state and recent activity", async () => {
    const { api } = fakeApi({
      "GET /clients/CL-1047/summary": ok(summary),
      "GET /clients/CL-1047/score": never,
      "GET /clients/CL-1047/state": ok({
        promises: [{ amountMinor: 100000, date: "2026-12-04" }],
        sequence: { step: "+15 firmer" },
      }),
    });
    renderPane(<ClientView clientId="CL-1047" mode="browse" />, { api });
    expect(screen.getByText("Loading…")).toBeTruthy();
    expect(await screen.findByRole("heading", { name: "Proseware Capital Inc." })).toBeTruthy();
    const likelihood = screen.getByRole("region", { name: "Payment likelihood" });
    expect(within(likelihood).getByRole("status")).toBeTruthy();
    const status = await screen.findByRole("region", { name: "Account status" });
    expect(await within(status).findByText("$1,000.00 by Dec 4, 2026")).toBeTruthy();
    expect(within(status).getByText("+15 firmer")).toBeTruthy();
    const invoices = screen.getByRole("region", { name: "Open invoices" });
    expect(within(invoices).getByText("34 days past due")).toBeTruthy();
    expect(within(invoices).getByText("Disputed")).toBeTruthy();
    expect(screen.getByRole("region", { name: "Recent activity" }).textContent).toContain(
      "Reminder sent for invoice 21690",
    );
    expect(screen.queryByRole("button", { name: "Draft reply" })).toBeNull();
  });

  it("says the client is not found (or not in the portfolio) rather than showing anything", async () => {
    const { api } = fakeApi({
      "GET /clients/CL-1002/summary": problem(404, "NOT_FOUND"),
      "GET /clients/CL-1002/score": ok(score),
    });
    renderPane(<ClientView clientId="CL-1002" mode="browse" />, { api });
    expect(await screen.findByText("Not found, or not in your portfolio")).toBeTruthy();
    expect(screen.queryByRole("region", { name: "Aging" })).toBeNull();
  });

  it("shows the aging empty state when nothing is owed", async () => {
    const { api } = fakeApi({
      "GET /clients/CL-1047/summary": ok({ ...summary, aging: null, totalOutstandingMinor: 0, openInvoices: [] }),
    });
    renderPane(<ClientView clientId="CL-1047" mode="browse" />, { api });
    const aging = await screen.findByRole("region", { name: "Aging" });
    expect(within(aging).getByText("Nothing outstanding.")).toBeTruthy();
  });
});
