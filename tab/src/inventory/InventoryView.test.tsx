// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { inventory } from "../test-support/fixtures";
import { setupDom } from "../../../web-shared/test-support/dom";
import { renderView } from "../test-support/render";
import { InventoryView } from "./InventoryView";

setupDom();

const names = (table: HTMLElement) =>
  within(table)
    .getAllByRole("row")
    .slice(1)
    .map((r) => within(r).getAllByRole("cell")[0]!.textContent);

describe("InventoryView", () => {
  it("lists accounts with owners, balances and the next sequence step, largest overdue first", async () => {
    renderView(<InventoryView />, { routes: { "GET /reports/inventory": inventory() } });
    const table = await screen.findByRole("table", { name: "Inventory review" });
    expect(names(table)).toEqual(["Northwind Traders", "Fabrikam Holdings", "Contoso Legal Ops"]);
    const northwind = within(table).getAllByRole("row")[1]!;
    // Balance and overdue are both 15,500.00: I-1 (12,500) and I-2 (3,000) are past due.
    expect(within(northwind).getAllByText("$15,500.00")).toHaveLength(2);
    expect(within(northwind).getByText("Eleanor Hartwell")).toBeTruthy();
    // I-1 is past the last step; I-2 (4 days late) gets the +7 reminder on Nov 26.
    expect(within(northwind).getByText("Reminder (Email) on Nov 26, 2026")).toBeTruthy();
    expect(screen.getByText("Scores and segments appear when the payment model is switched on.")).toBeTruthy();
  });

  it("filters by collector and sorts by a column header", async () => {
    renderView(<InventoryView />, { routes: { "GET /reports/inventory": inventory() } });
    const table = await screen.findByRole("table", { name: "Inventory review" });
    fireEvent.change(screen.getByLabelText("Collector"), { target: { value: "u-chen" } });
    await waitFor(() => expect(names(table)).toEqual(["Northwind Traders", "Fabrikam Holdings"]));
    expect(screen.getByText("2 of 3 accounts")).toBeTruthy();
    fireEvent.click(within(table).getByText("Client"));
    await waitFor(() => expect(names(table)).toEqual(["Fabrikam Holdings", "Northwind Traders"]));
    fireEvent.change(screen.getByLabelText("Client name"), { target: { value: "zzz" } });
    expect(await screen.findByText("No account matches these filters.")).toBeTruthy();
  });

  it("exports the filtered rows as CSV, and as Excel-ready CSV with a byte-order mark", async () => {
    const { download } = renderView(<InventoryView />, { routes: { "GET /reports/inventory": inventory() } });
    await screen.findByRole("table", { name: "Inventory review" });
    fireEvent.change(screen.getByLabelText("Practice group"), { target: { value: "Tax" } });
    fireEvent.click(screen.getByRole("button", { name: "Export CSV" }));
    const [name, csv, mime] = download.mock.calls[0]!;
    expect(name).toBe("nudge-inventory-2026-11-23.csv");
    expect(mime).toContain("text/csv");
    const lines = (csv as string).trim().split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("CL-2,Contoso Legal Ops,Priya Nair,Marcus Pryce,Tax,USD,4800.00,0.00");
    fireEvent.click(screen.getByRole("button", { name: "Export for Excel" }));
    expect((download.mock.calls[1]![1] as string).startsWith("\uFEFFClient id,")).toBe(true);
  });

  it("joins the model's score and segment when the worklist is there, and filters by segment", async () => {
    renderView(<InventoryView />, {
      routes: {
        "GET /reports/inventory": inventory(),
        "GET /worklist": {
          items: [
            { clientId: "CL-1", p30: 0.18, segment: "partner-intervention", nextAction: "Ask the billing partner" },
          ],
        },
      },
    });
    const table = await screen.findByRole("table", { name: "Inventory review" });
    await within(table).findByText("18%");
    expect(within(table).getByText("Partner intervention")).toBeTruthy();
    expect(within(table).getByText("Ask the billing partner")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Segment"), { target: { value: "partner-intervention" } });
    await waitFor(() => expect(names(table)).toEqual(["Northwind Traders"]));
  });
});
