// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { setupDom } from "../../../web-shared/test-support/dom";
import { fakeApi, missing, ok, problem } from "../test-support/fake-api";
import { renderPane } from "../test-support/render";
import { EmailInsight } from "./EmailInsight";

setupDom();

const inbound = { from: "gc@graphic-holdings.example", subject: "Fees", body: "We dispute the research hours." };
const classification = {
  kind: "dispute",
  confidence: 0.83,
  evidence: "We dispute the research hours.",
  dispute: { reason: "fee-dispute" },
};

describe("EmailInsight", () => {
  it("shows the kind with the quoted evidence and records it in one click", async () => {
    const user = userEvent.setup();
    const { api, calls } = fakeApi({
      "POST /messages/classify": ok(classification),
      "POST /messages/accept": ok({ recorded: { id: "i1" }, paused: true }),
    });
    renderPane(<EmailInsight clientId="CL-1039" inbound={inbound} />, { api });
    const region = await screen.findByRole("region", { name: "About this email" });
    expect(await within(region).findByText("Dispute")).toBeTruthy();
    expect(within(region).getByText("83% sure")).toBeTruthy();
    expect(within(region).getByText("“We dispute the research hours.”")).toBeTruthy();
    expect(calls[0]?.body).toEqual(inbound);
    await user.click(within(region).getByRole("button", { name: "Record" }));
    expect(await within(region).findByText(/Recorded in the client's history\. Reminders are paused/)).toBeTruthy();
    expect(calls.find((c) => c.path === "/messages/accept")?.body).toEqual({
      clientId: "CL-1039",
      classification,
      inbound,
    });
  });

  it("says not available yet without a classifier, and maps a failed record to words", async () => {
    const user = userEvent.setup();
    const first = fakeApi({ "POST /messages/classify": missing });
    const { unmount } = renderPane(<EmailInsight clientId="CL-1039" inbound={inbound} />, { api: first.api });
    expect(await screen.findByText("Not available yet")).toBeTruthy();
    unmount();
    const second = fakeApi({
      "POST /messages/classify": ok(classification),
      "POST /messages/accept": problem(403, "FORBIDDEN"),
    });
    renderPane(<EmailInsight clientId="CL-1039" inbound={inbound} />, { api: second.api });
    await user.click(await screen.findByRole("button", { name: "Record" }));
    expect(await screen.findByText("You may not do this")).toBeTruthy();
  });
});
