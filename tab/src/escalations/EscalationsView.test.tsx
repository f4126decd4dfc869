// @vitest-environment jsdom
import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { setupDom } from "../../../web-shared/test-support/dom";
import { escalationsOverviewAnswer, pendingEscalations } from "../test-support/fixtures";
import { renderView } from "../test-support/render";
import { EscalationsView } from "./EscalationsView";

setupDom();

const ROUTES = { "GET /reports/escalations": escalationsOverviewAnswer(), "GET /escalations": pendingEscalations() };

describe("EscalationsView", () => {
  it("shows what waits for each partner with its age, and this week's decisions", async () => {
    renderView(<EscalationsView />, { routes: ROUTES });
    const byPartner = await screen.findByRole("table", { name: "Pending by partner" });
    const rows = within(byPartner).getAllByRole("row").slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole("cell")
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ["Eleanor Hartwell", "1", "$15,500.00", "13"],
      ["Marcus Pryce", "1", "$15,500.00", "3"],
    ]);
    const decided = screen.getByRole("region", { name: "Decided this week" });
    expect(within(decided).getByText("Payment plan")).toBeTruthy();
  });

  it("opens the escalation card's context from the pending list", async () => {
    renderView(<EscalationsView />, { routes: ROUTES });
    fireEvent.click(await screen.findByRole("button", { name: "Open the escalation for Northwind Traders" }));
    const dialog = await screen.findByRole("dialog", { name: "Escalation: Northwind Traders" });
    expect(within(dialog).getByText("Called AP twice; no answer.")).toBeTruthy();
    expect(within(dialog).getByText("Partner calls the client")).toBeTruthy();
    expect(within(dialog).getByText("115")).toBeTruthy();
  });
});
