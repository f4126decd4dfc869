// @vitest-environment jsdom
import { configure, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Query } from "../../../web-shared/api/http-client";
import { setupDom } from "../../../web-shared/test-support/dom";
import { Fail } from "../test-support/fake-http";
import { INVENTORY_SNAPSHOT, inventory, inventoryAnswer } from "../test-support/fixtures";
import { renderView } from "../test-support/render";
import { InventoryView } from "./InventoryView";

setupDom();
// Filters wait for a pause before asking, and a page of Fluent rows takes a while on a busy machine.
configure({ asyncUtilTimeout: 5000 });

const names = (table: HTMLElement) =>
  within(table)
    .getAllByRole("row")
    .slice(1)
    .map((r) => within(r).getAllByRole("cell")[0]!.textContent);

const inventoryCalls = (calls: { path: string; query?: Query }[]) =>
  calls.filter((c) => c.path === "/reports/inventory").map((c) => c.query ?? {});

describe("InventoryView", () => {
  it("asks the server for the first page and lists accounts with owners, balances and the next step", async () => {
    const { calls } = renderView(<InventoryView />, { routes: { "GET /reports/inventory": inventory() } });
    const table = await screen.findByRole("table", { name: "Inventory review" });
    expect(inventoryCalls(calls)).toEqual([{ sort: "overdue", dir: "desc", pageSize: 50 }]);
    expect(names(table)).toEqual(["Northwind Traders", "Fabrikam Holdings", "Contoso Legal Ops"]);
    const northwind = within(table).getAllByRole("row")[1]!;
    // Balance and overdue are both 15,500.00: I-1 (12,500) and I-2 (3,000) are past due.
    expect(within(northwind).getAllByText("$15,500.00")).toHaveLength(2);
    expect(within(northwind).getByText("Eleanor Hartwell")).toBeTruthy();
    // I-1 is past the last step; I-2 (4 days late) gets the +7 reminder on Nov 26.
    expect(within(northwind).getByText("Reminder (Email) on Nov 26, 2026")).toBeTruthy();
    expect(screen.getByText("Scores and segments appear when the payment model is switched on.")).toBeTruthy();
    // The totals of every matching account: 15,500 + 4,800 + 900 owed, 15,500 + 900 overdue.
    expect(screen.getByText("Matching accounts owe $21,200.00 ($16,400.00 overdue)")).toBeTruthy();
    // The sorted column says so to assistive technology.
    expect(within(table).getByRole("columnheader", { name: "Overdue" }).getAttribute("aria-sort")).toBe("descending");
  });

  it("filters on the server once the user pauses, and sorts by a column header", async () => {
    const { calls } = renderView(<InventoryView />, { routes: { "GET /reports/inventory": inventory() } });
    const table = await screen.findByRole("table", { name: "Inventory review" });
    fireEvent.change(screen.getByLabelText("Collector"), { target: { value: "u-chen" } });
    await waitFor(() => expect(names(table)).toEqual(["Northwind Traders", "Fabrikam Holdings"]));
    expect(screen.getByText("2 of 3 accounts")).toBeTruthy();
    expect(inventoryCalls(calls).at(-1)).toMatchObject({ collectorId: "u-chen" });
    fireEvent.click(within(table).getByRole("button", { name: "Client" }));
    await waitFor(() => expect(names(table)).toEqual(["Fabrikam Holdings", "Northwind Traders"]));
    expect(inventoryCalls(calls).at(-1)).toMatchObject({ collectorId: "u-chen", sort: "name", dir: "asc" });
    expect(within(table).getByRole("columnheader", { name: "Client" }).getAttribute("aria-sort")).toBe("ascending");
    fireEvent.change(screen.getByLabelText("Client name or invoice number"), { target: { value: "zzz" } });
    expect(await screen.findByText("No account matches these filters.")).toBeTruthy();
  });

  it("asks once for a name typed key by key, and finds an account by an invoice number", async () => {
    const { calls } = renderView(<InventoryView />, { routes: { "GET /reports/inventory": inventory() } });
    const table = await screen.findByRole("table", { name: "Inventory review" });
    const search = screen.getByLabelText("Client name or invoice number");
    for (const text of ["f", "fa", "fab", "fabr"]) fireEvent.change(search, { target: { value: text } });
    await waitFor(() => expect(names(table)).toEqual(["Fabrikam Holdings"]));
    expect(inventoryCalls(calls).map((q) => q.search)).toEqual([undefined, "fabr"]);
    fireEvent.change(search, { target: { value: "i-3" } });
    await waitFor(() => expect(names(table)).toEqual(["Contoso Legal Ops"]));
  });

  it("pages with keyboard-reachable controls while the totals stay those of every matching account", async () => {
    const { calls } = renderView(<InventoryView />, {
      routes: { "GET /reports/inventory": inventory({ extra: 70 }) },
    });
    const table = await screen.findByRole("table", { name: "Inventory review" });
    const pager = screen.getByRole("navigation", { name: "Inventory pages" });
    expect(within(pager).getByText("Page 1 of 2 · Accounts 1 to 50 of 73")).toBeTruthy();
    const totals = screen.getByText(/^Matching accounts owe/).textContent;
    // At the first page, first and previous stay focusable, announced as unavailable.
    expect(within(pager).getByRole("button", { name: "First page" }).getAttribute("aria-disabled")).toBe("true");
    expect(within(pager).getByRole("button", { name: "Previous page" }).getAttribute("aria-disabled")).toBe("true");
    expect(names(table)[0]).toBe("Northwind Traders");
    fireEvent.click(within(pager).getByRole("button", { name: "Next page" }));
    await within(pager).findByText("Page 2 of 2 · Accounts 51 to 73 of 73");
    await waitFor(() => expect(names(table)[0]).toBe("Client 022"));
    expect(names(table)).toHaveLength(23);
    expect(inventoryCalls(calls).at(-1)).toMatchObject({ page: 2, pageSize: 50 });
    expect(screen.getByText(/^Matching accounts owe/).textContent).toBe(totals);
    expect(within(pager).getByRole("button", { name: "Next page" }).getAttribute("aria-disabled")).toBe("true");
    fireEvent.change(within(pager).getByLabelText("Accounts per page"), { target: { value: "25" } });
    await within(pager).findByText("Page 1 of 3 · Accounts 1 to 25 of 73");
    fireEvent.click(within(pager).getByRole("button", { name: "Last page" }));
    await within(pager).findByText("Page 3 of 3 · Accounts 51 to 73 of 73");
    await waitFor(() => expect(names(table)).toHaveLength(23));
    fireEvent.click(within(pager).getByRole("button", { name: "First page" }));
    await waitFor(() => expect(names(table)[0]).toBe("Northwind Traders"));
  });

  it("pages through the accounts the server computed first, and asks for fresh ones on request", async () => {
    const { calls } = renderView(<InventoryView />, {
      routes: { "GET /reports/inventory": inventory({ extra: 60 }) },
    });
    await screen.findByRole("table", { name: "Inventory review" });
    expect(screen.getByText(/Computed Nov 23, 2026/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Next page" }));
    await waitFor(() => expect(inventoryCalls(calls)).toHaveLength(2));
    expect(inventoryCalls(calls).map((q) => q.snapshot)).toEqual([undefined, INVENTORY_SNAPSHOT]);
    await screen.findByText(/^Page 2 of 2/);
    fireEvent.click(screen.getByRole("button", { name: "Recompute now" }));
    await waitFor(() => expect(inventoryCalls(calls)).toHaveLength(3));
    expect(inventoryCalls(calls)[2]).toEqual({ sort: "overdue", dir: "desc", page: 2, pageSize: 50 });
  });

  it("keeps the page on screen, marked busy, while the next one loads", async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((r) => {
      release = r;
    });
    renderView(<InventoryView />, {
      routes: {
        "GET /reports/inventory": async (_: unknown, q: Query | undefined) => {
          if (q?.page === 2) await held;
          return inventoryAnswer(q, { extra: 60 });
        },
      },
    });
    const table = await screen.findByRole("table", { name: "Inventory review" });
    fireEvent.click(screen.getByRole("button", { name: "Next page" }));
    expect(await screen.findByText("Loading accounts…")).toBeTruthy();
    expect(table.getAttribute("aria-busy")).toBe("true");
    expect(names(table)[0]).toBe("Northwind Traders");
    release();
    await waitFor(() => expect(table.getAttribute("aria-busy")).toBeNull());
    expect(names(table)).toHaveLength(13);
    expect(screen.queryByText("Loading accounts…")).toBeNull();
  });

  it("says when a page cannot be loaded and keeps the last one", async () => {
    renderView(<InventoryView />, {
      routes: {
        "GET /reports/inventory": (_: unknown, q: Query | undefined) =>
          q?.page === 2 ? new Fail({ kind: "network" }) : inventoryAnswer(q, { extra: 60 }),
      },
    });
    const table = await screen.findByRole("table", { name: "Inventory review" });
    fireEvent.click(screen.getByRole("button", { name: "Next page" }));
    expect(await screen.findByText(/Nudge cannot be reached/)).toBeTruthy();
    expect(names(table)).toHaveLength(50);
  });

  it("exports every matching account in the order shown, as CSV and as Excel-ready CSV", async () => {
    const { download, calls } = renderView(<InventoryView />, {
      routes: { "GET /reports/inventory": inventory({ extra: 120 }) },
    });
    await screen.findByRole("table", { name: "Inventory review" });
    fireEvent.change(screen.getByLabelText("Collector"), { target: { value: "u-nair" } });
    await screen.findByText("121 of 123 accounts");
    fireEvent.click(screen.getByRole("button", { name: "Export CSV" }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    expect(inventoryCalls(calls).at(-1)).toEqual({
      collectorId: "u-nair",
      sort: "overdue",
      dir: "desc",
      all: 1,
      snapshot: INVENTORY_SNAPSHOT,
    });
    const [name, csv, mime] = download.mock.calls[0]!;
    expect(name).toBe("nudge-inventory-2026-11-23.csv");
    expect(mime).toContain("text/csv");
    const lines = (csv as string).trim().split("\r\n");
    // Every matching account, not only the 50 on screen.
    expect(lines).toHaveLength(122);
    expect(lines[1]).toContain("CL-X120,Client 120,Priya Nair,Marcus Pryce,Tax,USD,1200.00,120.00");
    expect(lines.at(-1)).toContain("CL-2,Contoso Legal Ops,Priya Nair,Marcus Pryce,Tax,USD,4800.00,0.00");
    fireEvent.click(screen.getByRole("button", { name: "Export for Excel" }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(2));
    expect((download.mock.calls[1]![1] as string).startsWith("\uFEFFClient id,")).toBe(true);
  });

  it("shows the model's score, segment and action the server joined, and filters by segment", async () => {
    const { calls } = renderView(<InventoryView />, {
      routes: {
        "GET /reports/inventory": inventory({
          scores: {
            "CL-1": { p30: 0.18, segment: "partner-intervention", nextAction: "Ask the billing partner" },
            "CL-2": { p30: 0.9, segment: "nudge", nextAction: "Send the reminder" },
          },
        }),
      },
    });
    const table = await screen.findByRole("table", { name: "Inventory review" });
    expect(within(table).getByText("18%")).toBeTruthy();
    expect(within(table).getByText("Partner intervention")).toBeTruthy();
    expect(within(table).getByText("Ask the billing partner")).toBeTruthy();
    expect(screen.queryByText("Scores and segments appear when the payment model is switched on.")).toBeNull();
    fireEvent.change(screen.getByLabelText("Segment"), { target: { value: "partner-intervention" } });
    await waitFor(() => expect(names(table)).toEqual(["Northwind Traders"]));
    fireEvent.change(screen.getByLabelText("Segment"), { target: { value: "" } });
    fireEvent.click(within(table).getByRole("button", { name: "Pays in 30 days" }));
    await waitFor(() => expect(names(table)).toEqual(["Contoso Legal Ops", "Northwind Traders", "Fabrikam Holdings"]));
    expect(inventoryCalls(calls).at(-1)).toMatchObject({ sort: "score", dir: "desc" });
  });
});
