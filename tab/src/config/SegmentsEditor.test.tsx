// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { DEFAULT_SEGMENT_POLICY } from "../../../core/scoring/segments";
import { setupDom } from "../../../web-shared/test-support/dom";
import { ADMIN, renderView } from "../test-support/render";
import { fromForm, SegmentsEditor, toForm } from "./SegmentsEditor";

setupDom();

describe("segment form", () => {
  it("shows chances as percentages and money as decimals, and reads them back exactly", () => {
    const form = toForm(DEFAULT_SEGMENT_POLICY as unknown as Record<string, number>);
    expect(form).toMatchObject({ nudgeMinP30: "60", writeOffBelowP30: "10", planMinOverdueMinor: "5000.00" });
    expect(fromForm(form)).toEqual(DEFAULT_SEGMENT_POLICY);
  });
});

describe("SegmentsEditor", () => {
  it("validates the order of thresholds and saves a new version", async () => {
    const saves: unknown[] = [];
    renderView(<SegmentsEditor readOnly={false} />, {
      me: ADMIN,
      routes: {
        "GET /config/segments": { version: 0, policy: DEFAULT_SEGMENT_POLICY, savedBy: "nudge", savedAt: "" },
        "GET /config/segments/versions": [
          { version: 0, policy: DEFAULT_SEGMENT_POLICY, savedBy: "nudge", savedAt: "" },
        ],
        "PUT /config/segments": (body: unknown) => {
          saves.push(body);
          return {
            version: 1,
            policy: (body as { policy: unknown }).policy,
            savedBy: "u-morgan",
            savedAt: "2026-11-23T10:00:00.000Z",
          };
        },
      },
    });
    const partner = await screen.findByLabelText("The partner steps in below this chance");
    fireEvent.change(partner, { target: { value: "75" } });
    expect(await screen.findByText(/write-off ≤ partner ≤ reminder/)).toBeTruthy();
    expect((screen.getByRole("button", { name: "Save thresholds" }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(partner, { target: { value: "25" } });
    fireEvent.click(screen.getByRole("button", { name: "Save thresholds" }));
    await waitFor(() => expect(saves).toHaveLength(1));
    expect(saves[0]).toMatchObject({ expectedVersion: 0, policy: { partnerBelowP30: 0.25 } });
    expect(await screen.findByText("Saved as version 1.")).toBeTruthy();
  });
});
