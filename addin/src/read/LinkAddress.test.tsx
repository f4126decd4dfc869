// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { PreviewMailbox } from "../office/preview-mailbox";
import { setupDom } from "../../../web-shared/test-support/dom";
import { fakeApi, ok, type Route } from "../test-support/fake-api";
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
  const fake = fakeApi({ "GET /clients/match": ok(noMatch), "GET /reports/aging": ok(report), ...routes });
  renderPane(<MailPane />, { api: fake.api, mailbox });
  return fake;
}

describe("no client matches the sender", () => {
  it("offers to link the address, finds clients by name, and says linking is not available yet", async () => {
    const user = userEvent.setup();
    const { calls } = setup();
    expect(await screen.findByText("No client matches this sender")).toBeTruthy();
    expect(screen.getByRole("region", { name: "Link this address to a client" })).toBeTruthy();
    await user.type(await screen.findByRole("searchbox", { name: "Find a client" }), "fabri");
    expect(screen.queryByRole("button", { name: "Link to Proseware Capital Inc." })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Link to Fabrikam Logistics LLC" }));
    expect(await screen.findByText(/Linking addresses to clients is not available yet/)).toBeTruthy();
    expect(calls.find((c) => c.method === "POST")).toMatchObject({
      path: "/clients/CL-1003/contacts",
      body: { email: "treasury@globex.example" },
    });
    expect(calls.find((c) => c.path === "/reports/aging")?.query.get("by")).toBe("client");
  });

  it("links when the route exists, and can open the client without linking", async () => {
    const user = userEvent.setup();
    setup({ "POST /clients/CL-1047/contacts": ok({}), "GET /clients/CL-1047/summary": ok(summary) });
    await user.type(await screen.findByRole("searchbox", { name: "Find a client" }), "prose");
    await user.click(screen.getByRole("button", { name: "Link to Proseware Capital Inc." }));
    expect(await screen.findByText("treasury@globex.example is now linked to Proseware Capital Inc.")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Open Proseware Capital Inc." }));
    expect(await screen.findByRole("heading", { name: "Proseware Capital Inc." })).toBeTruthy();
    expect(screen.getByRole("region", { name: "Aging" })).toBeTruthy();
  });
});
