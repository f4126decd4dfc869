// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { setupDom } from "../../../web-shared/test-support/dom";
import { renderView } from "../test-support/render";
import { ModelView } from "./ModelView";

setupDom();

describe("ModelView", () => {
  it("says the model card is not available until the model route exists", async () => {
    renderView(<ModelView />, { routes: {} });
    expect(await screen.findByText("Not available yet")).toBeTruthy();
  });

  it("shows version, window, metrics against the naive baseline and leading indicators", async () => {
    renderView(<ModelView />, {
      routes: {
        "GET /model": {
          versionId: "m-2026-11-22",
          trainingWindow: { from: "2024-05-01", cutoff: "2026-11-01", invoices: 1680 },
          holdout: {
            model: { rocAuc: 0.884, brier: 0.121, logLoss: 0.39, precisionAtTop20: 0.71 },
            naive: { rocAuc: 0.85, brier: 0.146, logLoss: 0.45, precisionAtTop20: 0.62 },
          },
          leadingIndicators: [{ feature: "late_share", label: "Share of past invoices paid late", weight: 0.82 }],
          promotion: { promoted: true, reason: "beats the naive baseline" },
        },
      },
    });
    expect(await screen.findByText("m-2026-11-22")).toBeTruthy();
    const metrics = screen.getByRole("table", { name: "Quality on the holdout" });
    expect(within(metrics).getByText("ROC AUC (higher is better)").closest("tr")!.textContent).toContain("0.8840.85");
    expect(screen.getByText("Share of past invoices paid late")).toBeTruthy();
    expect(screen.getByText(/raises the risk/)).toBeTruthy();
  });
});
