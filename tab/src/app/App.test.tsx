// @vitest-environment jsdom
import { webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { DashboardApi } from "../api/dashboard-api";
import { setupDom } from "../../../web-shared/test-support/dom";
import { fakeHttp } from "../test-support/fake-http";
import { agingByCollector, escalationsOverviewAnswer, inventory, trend } from "../test-support/fixtures";
import { App } from "./App";

setupDom();

function renderApp(roles: string[], where = { search: "", hash: "" }) {
  const { http } = fakeHttp({
    "GET /me": { userId: "u", name: "Dana Whitfield", email: "d@x", roles },
    "GET /reports/aging": agingByCollector(),
    "GET /reports/aging-trend": trend(),
    "GET /reports/escalations": escalationsOverviewAnswer(),
    "GET /reports/inventory": inventory(),
  });
  const onDevRole = vi.fn();
  render(
    <App
      api={new DashboardApi(http)}
      theme={webLightTheme}
      location={where}
      devRole="manager"
      onDevRole={onDevRole}
      download={vi.fn()}
    />,
  );
  return { onDevRole };
}

describe("App", () => {
  it("opens the portfolio for a manager, with the views a manager may use", async () => {
    renderApp(["manager"]);
    await screen.findByRole("region", { name: "Aging" });
    const nav = screen.getByRole("navigation", { name: "Dashboard views" });
    const names = [
      "Portfolio",
      "Inventory",
      "Collector activity",
      "Escalations",
      "Baseline and impact",
      "Campaigns",
      "Model",
    ];
    expect(within(nav).getAllByRole("tab")).toHaveLength(names.length);
    for (const name of names) expect(within(nav).getByRole("tab", { name })).toBeTruthy();
    expect(within(nav).queryByRole("tab", { name: "Configuration" })).toBeNull();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toContain("Collections dashboard");
    expect(screen.getByText("Signed in as Dana Whitfield")).toBeTruthy();
  });

  it("adds Configuration for an administrator and opens the view a channel tab saved", async () => {
    renderApp(["admin"], { search: "?view=inventory", hash: "" });
    expect(await screen.findByRole("table", { name: "Inventory review" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Configuration" })).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "Portfolio" }));
    expect(await screen.findByRole("region", { name: "Aging" })).toBeTruthy();
  });

  it("tells a collector the dashboard is not for their role", async () => {
    renderApp(["specialist"]);
    expect(await screen.findByText("This dashboard is for collections managers and administrators.")).toBeTruthy();
  });

  it("switches the development sign-in role on this machine", async () => {
    const { onDevRole } = renderApp(["manager"]);
    fireEvent.change(await screen.findByLabelText("Development sign-in"), { target: { value: "admin" } });
    expect(onDevRole).toHaveBeenCalledWith("admin");
  });
});
