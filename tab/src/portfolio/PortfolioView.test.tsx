// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { agingByCollector, escalationsOverviewAnswer, trend } from "../test-support/fixtures";
import { setupDom } from "../../../web-shared/test-support/dom";
import { Fail } from "../test-support/fake-http";
import { renderView } from "../test-support/render";
import { PortfolioView } from "./PortfolioView";

setupDom();

const ROUTES = {
  "GET /reports/aging": agingByCollector(),
  "GET /reports/aging-trend": trend(),
  "GET /reports/escalations": escalationsOverviewAnswer(),
};

describe("PortfolioView", () => {
  it("shows the headline figures from the API, with a region named Aging", async () => {
    renderView(<PortfolioView />, { routes: ROUTES });
    const glance = await screen.findByRole("region", { name: "Portfolio at a glance" });
    // Total AR 21,200.00; current (I-3 due 12-01) 4,800.00 → overdue 16,400.00.
    await within(glance).findByText("$21,200.00");
    expect(within(glance).getByText("$16,400.00")).toBeTruthy();
    // Over 60 days: I-1 (115 days) 12,500 + I-4 (70 days) 900 = 13,400 / 21,200 = 63.2%; over 90: 59%.
    expect(within(glance).getByText("63.2%")).toBeTruthy();
    expect(within(glance).getByText("59%")).toBeTruthy();
    expect(within(glance).getByText("2")).toBeTruthy(); // escalations pending
    const aging = screen.getByRole("region", { name: "Aging" });
    const table = within(aging).getByRole("table", { name: "Aging today" });
    expect(within(table).getByText("Jamie Chen")).toBeTruthy();
    expect(within(table).getAllByText("$16,400.00").length).toBeGreaterThan(0);
  });

  it("draws the 12-week trend as an accessible chart with a data table behind a button", async () => {
    renderView(<PortfolioView />, { routes: ROUTES });
    const aging = await screen.findByRole("region", { name: "Aging" });
    const chart = await within(aging).findByRole("img", { name: /Aging over the last 12 weeks/ });
    expect(chart.querySelectorAll("rect").length).toBeGreaterThan(0);
    fireEvent.click(within(aging).getByRole("button", { name: "Show data table" }));
    const table = within(aging).getByRole("table", { name: "Aging over the last 12 weeks" });
    expect(within(table).getAllByRole("row")).toHaveLength(13);
    expect(within(aging).getByText(/Computed/)).toBeTruthy();
  });

  it("shows DSO and CEI with their weekly trend", async () => {
    const t = trend();
    renderView(<PortfolioView />, { routes: { ...ROUTES, "GET /reports/aging-trend": t } });
    const last = t.points.at(-1)!;
    const glance = await screen.findByRole("region", { name: "Portfolio at a glance" });
    await within(glance).findByText(`${last.dsoDays} days`);
    expect(screen.getByRole("img", { name: /DSO by week/ })).toBeTruthy();
    expect(screen.getByRole("img", { name: /CEI by week/ })).toBeTruthy();
  });

  it("says expected cash is not available until the model route exists, and recomputes on request", async () => {
    const { calls } = renderView(<PortfolioView />, { routes: ROUTES });
    const cash = await screen.findByRole("region", { name: "Expected cash (payment model)" });
    await within(cash).findByText("Not available yet");
    fireEvent.click(await screen.findByRole("button", { name: "Recompute now" }));
    await waitFor(() =>
      expect(calls.some((c) => c.path === "/reports/aging-trend" && c.query?.refresh === "1")).toBe(true),
    );
  });

  it("shows the model's expected cash in 7, 30 and 60 days when the model is there", async () => {
    renderView(<PortfolioView />, {
      routes: {
        ...ROUTES,
        "GET /reports/expected-cash": {
          currency: "USD",
          d7Minor: 5_289_786,
          d30Minor: 25_778_112,
          d60Minor: 46_219_084,
          modelVersion: "m-1",
        },
      },
    });
    const cash = await screen.findByRole("region", { name: "Expected cash (payment model)" });
    await within(cash).findByText("$52,897.86");
    expect(within(cash).getByText("$257,781.12")).toBeTruthy();
    expect(within(cash).getByText("$462,190.84")).toBeTruthy();
    expect(within(cash).getByText("Model m-1")).toBeTruthy();
  });

  it("keeps the aging visible when the trend fails", async () => {
    renderView(<PortfolioView />, {
      routes: {
        ...ROUTES,
        "GET /reports/aging-trend": new Fail({ kind: "unexpected", status: 500, reference: "local-9" }),
      },
    });
    const aging = await screen.findByRole("region", { name: "Aging" });
    await within(aging).findByRole("table", { name: "Aging today" });
    expect((await within(aging).findAllByText(/Something went wrong/)).length).toBeGreaterThan(0);
  });
});
