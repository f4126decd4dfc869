// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { setupDom } from "../../../web-shared/test-support/dom";
import { renderView } from "../test-support/render";
import { ActivityView } from "./ActivityView";

setupDom();

const period = { from: "2026-08-26", to: "2026-11-23" };
const ROUTES = {
  "GET /reports/collector-activity": {
    asOf: "2026-11-23",
    period,
    rows: [
      {
        collectorId: "u-chen",
        name: "Jamie Chen",
        accounts: 24,
        touches: 31,
        accountsTouched: 12,
        touchesPerAccount: 2.6,
        invoicesPastDue: 40,
        contacted: 33,
        uncontacted: 7,
        avgDaysToFirstContact: 6.4,
      },
    ],
  },
  "GET /reports/sequence-conversion": {
    asOf: "2026-11-23",
    period,
    windowDays: 7,
    rows: [
      {
        sequenceId: "standard",
        stepId: "+15",
        label: "Firmer reminder",
        reminders: 20,
        converted: 7,
        conversion: 0.35,
      },
    ],
  },
  "GET /reports/comment-quality": {
    asOf: "2026-11-23",
    period,
    rows: [
      {
        actorId: "u-nair",
        name: "Priya Nair",
        comments: 10,
        empty: 1,
        oneWord: 3,
        flaggedShare: 0.4,
        examples: [
          {
            id: "x",
            clientId: "CL-1009",
            at: "2026-11-20T10:00:00.000Z",
            kind: "call",
            summary: "LVM",
            flag: "one-word",
          },
        ],
      },
    ],
  },
};

describe("ActivityView", () => {
  it("shows touches, first contact, conversion per step and flagged comments", async () => {
    renderView(<ActivityView />, { routes: ROUTES });
    const activity = await screen.findByRole("table", { name: "Collector activity" });
    const chen = within(activity).getAllByRole("row")[1]!;
    expect(
      within(chen)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["Jamie Chen", "24", "31", "2.6", "6.4", "7 / 40"]);
    const conversion = await screen.findByRole("table", { name: "Conversion per sequence step" });
    expect(within(conversion).getByText("35%")).toBeTruthy();
    expect(within(conversion).getByText("Firmer reminder")).toBeTruthy();
    const quality = await screen.findByRole("table", { name: "Quality of comments" });
    expect(within(quality).getByText("40%")).toBeTruthy();
    expect(within(quality).getByText(/“LVM”/)).toBeTruthy();
  });

  it("asks for another period when the manager picks one", async () => {
    const { calls } = renderView(<ActivityView />, { routes: ROUTES });
    await screen.findByRole("table", { name: "Collector activity" });
    fireEvent.change(screen.getByLabelText("Period"), { target: { value: "30" } });
    await waitFor(() => {
      const last = calls.filter((c) => c.path === "/reports/collector-activity").at(-1)!;
      const q = last.query as { from: string; to: string };
      expect((Date.parse(q.to) - Date.parse(q.from)) / 86_400_000).toBe(29);
    });
  });
});
