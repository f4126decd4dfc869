// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { PreviewMailbox } from "../office/preview-mailbox";
import { setupDom } from "../../../web-shared/test-support/dom";
import { fakeApi, ok, problem, type Route } from "../test-support/fake-api";
import { agingRow, summary } from "../test-support/fixtures";
import { renderPane } from "../test-support/render";
import { MailPane } from "./MailPane";

setupDom();

const noMatch = { email: "treasury@globex.example", method: "none", matches: [], client: null };
const report = {
  asOf: "2026-11-23",
  by: "client",
  buckets: [],
  rows: [agingRow, { ...agingRow, key: "CL-1003", clientId: "CL-1003", label: "Fabrikam Logistics LLC" }],
  totals: [],
  grandTotalMinor: 0,
  grandTotal: "0.00",
  openInvoiceCount: 0,
};

function setup(routes: Record<string, Route> = {}) {
  const mailbox = new PreviewMailbox();
  mailbox.select({
    id: "u",
    mode: "read",
    from: { email: "treasury@globex.example" },
    subject: "Invoice copy",
    body: "",
  });
  const fake = fakeApi({ "POST /clients/match": ok(noMatch), "GET /reports/aging": ok(report), ...routes });
  renderPane(<MailPane />, { api: fake.api, mailbox });
  return fake;
}

describe("no client matches the sender", () => {
  it("offers to link the address, finds clients by name, links and opens the client with a confirmation", async () => {
    const user = userEvent.setup();
    const { calls } = setup({
      "POST /clients/CL-1003/contacts": {
        status: 201,
        body: { email: "treasury@globex.example", clientId: "CL-1003", created: true, source: "link" },
      },
      "GET /clients/CL-1003/summary": ok({
        ...summary,
        client: { ...summary.client, id: "CL-1003", name: "Fabrikam Logistics LLC" },
      }),
    });
    expect(await screen.findByText("No client matches this sender")).toBeTruthy();
    expect(screen.getByRole("region", { name: "Link this address to a client" })).toBeTruthy();
    await user.type(await screen.findByRole("searchbox", { name: "Find a client" }), "fabri");
    expect(screen.queryByRole("button", { name: "Link to Proseware Capital Inc." })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Link to Fabrikam Logistics LLC" }));
    expect(await screen.findByText("treasury@globex.example is now linked to Fabrikam Logistics LLC")).toBeTruthy();
    expect(await screen.findByRole("heading", { name: "Fabrikam Logistics LLC" })).toBeTruthy();
    expect(screen.getByText(/Matched by an address linked in Nudge/)).toBeTruthy();
    expect(screen.queryByRole("region", { name: "Link this address to a client" })).toBeNull();
    expect(calls.find((c) => c.method === "POST" && c.path.endsWith("/contacts"))).toMatchObject({
      path: "/clients/CL-1003/contacts",
      body: { email: "treasury@globex.example" },
    });
    expect(calls.find((c) => c.path === "/reports/aging")?.query.get("by")).toBe("client");

    // Back to the search: the confirmation belonged to the client that was opened.
    await user.click(screen.getByRole("button", { name: "Back" }));
    expect(await screen.findByRole("searchbox", { name: "Find a client" })).toBeTruthy();
    expect(screen.queryByText(/is now linked to/)).toBeNull();
  });

  it("says so when the address was already the client's", async () => {
    const user = userEvent.setup();
    setup({
      "POST /clients/CL-1047/contacts": ok({
        email: "treasury@globex.example",
        clientId: "CL-1047",
        created: false,
        source: "link",
      }),
      "GET /clients/CL-1047/summary": ok(summary),
    });
    await user.type(await screen.findByRole("searchbox", { name: "Find a client" }), "prose");
    await user.click(screen.getByRole("button", { name: "Link to Proseware Capital Inc." }));
    expect(await screen.findByText("treasury@globex.example already belongs to Proseware Capital Inc.")).toBeTruthy();
  });

  it("shows the API's sentence when the address belongs to another client, and stays on the search", async () => {
    const user = userEvent.setup();
    const { calls } = setup({
      "POST /clients/CL-1047/contacts": problem(
        409,
        "CONFLICT",
        "treasury@globex.example is already linked to another client",
      ),
    });
    await user.type(await screen.findByRole("searchbox", { name: "Find a client" }), "prose");
    await user.click(screen.getByRole("button", { name: "Link to Proseware Capital Inc." }));
    expect(await screen.findByText("This address belongs to another client")).toBeTruthy();
    expect(screen.getByText("treasury@globex.example is already linked to another client")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Open Proseware Capital Inc." })).toBeTruthy();
    expect(calls.some((c) => c.path === "/clients/CL-1047/summary")).toBe(false);
  });

  it("maps other failures to words, and can open the client without linking", async () => {
    const user = userEvent.setup();
    setup({ "POST /clients/CL-1047/contacts": problem(404, "NOT_FOUND"), "GET /clients/CL-1047/summary": ok(summary) });
    await user.type(await screen.findByRole("searchbox", { name: "Find a client" }), "prose");
    await user.click(screen.getByRole("button", { name: "Link to Proseware Capital Inc." }));
    expect(await screen.findByText("Not found, or not in your portfolio")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Open Proseware Capital Inc." }));
    expect(await screen.findByRole("heading", { name: "Proseware Capital Inc." })).toBeTruthy();
    expect(screen.getByRole("region", { name: "Aging" })).toBeTruthy();
    expect(screen.queryByText(/is now linked to/)).toBeNull();
  });
});
