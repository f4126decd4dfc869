// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { campaignProgress } from "../../../core/campaigns/campaign";
import { setupDom } from "../../../web-shared/test-support/dom";
import { renderView } from "../test-support/render";
import { CampaignsView } from "./CampaignsView";

setupDom();

const campaign = {
  id: "c1",
  name: "Q4 push",
  type: "quarter-end" as const,
  startDate: "2026-11-02",
  endDate: "2026-12-31",
  targetMinor: 10_000_000,
  currency: "USD",
  status: "active" as const,
  createdBy: "u-whitfield",
  createdAt: "2026-11-01T00:00:00.000Z",
};
const payments = [
  {
    tenantId: "t",
    id: "p",
    clientId: "CL-1",
    receivedDate: "2026-11-10",
    amountMinor: 2_500_000,
    currency: "USD",
    applications: [],
    unappliedMinor: 0,
  },
];
const row = { ...campaign, etag: "e1", progress: campaignProgress(campaign, payments, undefined, "2026-11-23") };

describe("CampaignsView", () => {
  it("shows progress against the target with the weekly calendar", async () => {
    renderView(<CampaignsView />, { routes: { "GET /campaigns": [row], "GET /users": [] } });
    const region = await screen.findByRole("region", { name: "Q4 push" });
    expect(within(region).getAllByText("$25,000.00").length).toBeGreaterThan(0);
    expect(within(region).getByText("25% of target")).toBeTruthy();
    // 22 of 60 days gone: the straight line stands at $36,666.67, above the $25,000 collected.
    expect(within(region).getByText("Behind the straight-line path")).toBeTruthy();
    expect(within(region).getByText("38 days left")).toBeTruthy();
    const calendar = within(region).getByRole("table", { name: "Calendar: Q4 push" });
    expect(within(calendar).getAllByRole("row")).toHaveLength(1 + 9);
  });

  it("validates and starts a campaign, then cancels one with its etag", async () => {
    const posted: unknown[] = [];
    const { calls } = renderView(<CampaignsView />, {
      routes: {
        "GET /campaigns": [row],
        "GET /users": [{ id: "u-chen", displayName: "Jamie Chen", roles: ["specialist"] }],
        "POST /campaigns": (body: unknown) => {
          posted.push(body);
          return campaign;
        },
        "PATCH /campaigns/c1": { ...campaign, status: "cancelled" },
      },
    });
    fireEvent.click(await screen.findByRole("button", { name: "Start campaign" }));
    expect((await screen.findAllByText("Check the highlighted fields.")).length).toBeGreaterThan(0);
    fireEvent.change(screen.getByLabelText(/^Name/, { selector: "input" }), { target: { value: "Year-end 2026" } });
    fireEvent.change(screen.getByLabelText(/^Start/, { selector: "input" }), { target: { value: "2026-12-01" } });
    fireEvent.change(screen.getByLabelText(/^End/, { selector: "input" }), { target: { value: "2026-12-31" } });
    fireEvent.change(screen.getByLabelText(/^Target/, { selector: "input" }), { target: { value: "250,000" } });
    fireEvent.change(screen.getByLabelText("Only this collector's clients"), { target: { value: "u-chen" } });
    fireEvent.click(screen.getByRole("button", { name: "Start campaign" }));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toMatchObject({
      name: "Year-end 2026",
      targetMinor: 25_000_000,
      collectorId: "u-chen",
      currency: "USD",
    });
    fireEvent.click(await screen.findByRole("button", { name: "Cancel campaign" }));
    await waitFor(() =>
      expect(calls.find((c) => c.method === "PATCH")?.body).toEqual({ status: "cancelled", ifMatch: "e1" }),
    );
  });
});
