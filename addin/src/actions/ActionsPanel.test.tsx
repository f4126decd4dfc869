// @vitest-environment jsdom
import { fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { setupDom } from "../../../web-shared/test-support/dom";
import { fakeApi, ok, problem, type Route } from "../test-support/fake-api";
import { summary } from "../test-support/fixtures";
import { renderPane } from "../test-support/render";
import { ActionsPanel } from "./ActionsPanel";
import { planSchedule } from "./forms/PlanForm";

setupDom();

async function open(name: string, routes: Record<string, Route> = {}) {
  const user = userEvent.setup();
  const fake = fakeApi(routes);
  renderPane(<ActionsPanel clientId="CL-1047" summary={summary} currency="USD" />, { api: fake.api });
  await user.click(screen.getByRole("button", { name }));
  const form = await screen.findByRole("form", { name });
  return { user, form, ...fake };
}

const setDate = (form: HTMLElement, label: string, value: string) =>
  fireEvent.change(within(form).getByLabelText(label, { exact: false }), { target: { value } });

describe("record a promise to pay", () => {
  it("validates amount and date before sending", async () => {
    const { user, form, calls } = await open("Record a promise to pay");
    await user.click(within(form).getByRole("button", { name: "Save" }));
    expect(within(form).getAllByText("Required.")).toHaveLength(2);
    await user.type(within(form).getByLabelText("Amount", { exact: false }), "99999");
    setDate(form, "Promised payment date", "2026-11-01");
    await user.click(within(form).getByRole("button", { name: "Save" }));
    expect(within(form).getByText("More than the client owes.")).toBeTruthy();
    expect(within(form).getByText("Pick a date from today on.")).toBeTruthy();
    expect(calls).toHaveLength(0);
  });

  it("sends minor units and shows success", async () => {
    const { user, form, calls } = await open("Record a promise to pay", {
      "POST /clients/CL-1047/promises": ok({ id: "p1" }),
    });
    await user.type(within(form).getByLabelText("Amount", { exact: false }), "5,000.50");
    setDate(form, "Promised payment date", "2026-12-04");
    await user.click(within(form).getByRole("button", { name: "Save" }));
    expect(await within(form).findByText("Saved to the client's history.")).toBeTruthy();
    expect(calls[0]).toMatchObject({ method: "POST", body: { amountMinor: 500050, date: "2026-12-04" } });
  });

  it("says not available yet when the route is missing, and maps problem codes", async () => {
    const { user, form } = await open("Record a promise to pay");
    await user.type(within(form).getByLabelText("Amount", { exact: false }), "100");
    setDate(form, "Promised payment date", "2026-12-04");
    await user.click(within(form).getByRole("button", { name: "Save" }));
    expect(await within(form).findByText("Not available yet")).toBeTruthy();
  });
});

describe("the other actions", () => {
  it("mark a dispute needs a reason and an invoice", async () => {
    const { user, form, calls } = await open("Mark a dispute", {
      "POST /clients/CL-1047/disputes": problem(409, "CONFLICT"),
    });
    await user.click(within(form).getByRole("button", { name: "Save" }));
    expect(within(form).getByText("Pick at least one invoice.")).toBeTruthy();
    await user.selectOptions(within(form).getByLabelText("Reason", { exact: false }), "work-quality");
    await user.click(within(form).getByRole("checkbox", { name: /Invoice 21690/ }));
    await user.click(within(form).getByRole("button", { name: "Save" }));
    expect(await within(form).findByText("It already exists")).toBeTruthy();
    expect(calls[0]?.body).toEqual({ reasonCode: "work-quality", invoiceIds: ["CL-1047|21690"] });
  });

  it("log a call needs a summary", async () => {
    const { user, form, calls } = await open("Log a call or note", { "POST /clients/CL-1047/interactions": ok({}) });
    await user.click(within(form).getByRole("button", { name: "Save" }));
    expect(within(form).getByText("Required.")).toBeTruthy();
    await user.type(within(form).getByLabelText("What happened", { exact: false }), "Spoke to AP; cheque next week");
    await user.click(within(form).getByRole("radio", { name: "Note" }));
    await user.click(within(form).getByRole("button", { name: "Save" }));
    expect(await within(form).findByText("Saved to the client's history.")).toBeTruthy();
    expect(calls[0]?.body).toEqual({ kind: "note", summary: "Spoke to AP; cheque next week" });
  });

  it("pause reminders needs a future date and a reason", async () => {
    const { user, form, calls } = await open("Pause reminders", { "POST /clients/CL-1047/holds": ok({}) });
    setDate(form, "Pause until", "2026-10-01");
    await user.click(within(form).getByRole("button", { name: "Save" }));
    expect(within(form).getByText("Pick a date from today on.")).toBeTruthy();
    setDate(form, "Pause until", "2027-01-10");
    await user.type(within(form).getByLabelText("Reason for the pause", { exact: false }), "AP closed for audit");
    await user.click(within(form).getByRole("button", { name: "Save" }));
    expect(await within(form).findByText("Saved to the client's history.")).toBeTruthy();
    expect(calls[0]?.body).toEqual({ until: "2027-01-10", reason: "AP closed for audit" });
  });

  it("request partner escalation sends the reason and option", async () => {
    const { user, form, calls } = await open("Request partner escalation", {
      "POST /escalations": { status: 201, body: {} },
    });
    await user.type(
      within(form).getByLabelText("Why the partner should act", { exact: false }),
      "Three broken promises",
    );
    await user.selectOptions(within(form).getByLabelText("Suggested option"), "partner-call");
    await user.click(within(form).getByRole("button", { name: "Save" }));
    expect(await within(form).findByText("Sent to the billing partner, with the account's evidence.")).toBeTruthy();
    expect(calls[0]?.body).toEqual({
      clientId: "CL-1047",
      reason: "Three broken promises",
      requestedOption: "partner-call",
    });
  });

  it("propose a payment plan shows the schedule of the undisputed balance to the cent", async () => {
    const { user, form, calls } = await open("Propose a payment plan", { "POST /plans": { status: 201, body: {} } });
    setDate(form, "First installment date", "2026-12-15");
    const schedule = within(form).getByRole("list", { name: "Payment plan" });
    const rows = within(schedule)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(rows).toEqual(["Dec 15, 2026: $5,020.00", "Jan 15, 2027: $5,020.00", "Feb 15, 2027: $5,020.00"]);
    await user.click(within(form).getByRole("button", { name: "Save" }));
    expect(
      await within(form).findByText("Proposed. The billing partner (or a manager, above the partner's limit) decides."),
    ).toBeTruthy();
    expect(calls[0]?.body).toEqual({ clientId: "CL-1047", cadence: "monthly", count: 3, startDate: "2026-12-15" });
  });

  it("says not available yet when the plans route is missing", async () => {
    const { user, form } = await open("Propose a payment plan");
    setDate(form, "First installment date", "2026-12-15");
    await user.click(within(form).getByRole("button", { name: "Save" }));
    expect(await within(form).findByText("Not available yet")).toBeTruthy();
  });

  it("splits a plan so installments add up exactly", () => {
    const rows = planSchedule(1000, 3, "2026-01-31");
    expect(rows.map((r) => r.amountMinor)).toEqual([334, 333, 333]);
    expect(rows.map((r) => r.date)).toEqual(["2026-01-31", "2026-02-28", "2026-03-31"]);
  });
});
