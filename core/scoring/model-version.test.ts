import { describe, expect, it } from "vitest";
import type { Metrics } from "./metrics";
import { decidePromotion } from "./model-version";

const m = (rocAuc: number, brier: number): Metrics => ({
  n: 100,
  positives: 30,
  rocAuc,
  brier,
  logLoss: 0.4,
  precisionAtTop20: 0.6,
});
const holdout = { from: "2024-01-01", to: "2024-04-01" };

describe("decidePromotion", () => {
  it.each([
    [
      m(0.88, 0.12),
      m(0.85, 0.14),
      undefined,
      true,
      "beats the naive baseline on the holdout (AUC 0.880 vs 0.850, Brier 0.120 vs 0.140); no current model",
    ],
    [
      m(0.84, 0.12),
      m(0.85, 0.14),
      undefined,
      false,
      "does not beat the client's past late share on the holdout (AUC 0.840 vs 0.850, Brier 0.120 vs 0.140)",
    ],
    [
      m(0.88, 0.15),
      m(0.85, 0.14),
      undefined,
      false,
      "does not beat the client's past late share on the holdout (AUC 0.880 vs 0.850, Brier 0.150 vs 0.140)",
    ],
    [
      m(0.88, 0.12),
      m(0.85, 0.14),
      m(0.89, 0.13),
      false,
      "does not beat the current model on the holdout (AUC 0.880 vs 0.890, Brier 0.120 vs 0.130)",
    ],
    [
      m(0.88, 0.12),
      m(0.85, 0.14),
      m(0.87, 0.125),
      true,
      "beats the current model (AUC 0.870, Brier 0.125) and the naive baseline on the holdout",
    ],
  ])("model %j, naive %j, current %j → %s", (model, naive, current, promoted, reason) => {
    const report = { ...holdout, model, naive, ...(current ? { current } : {}) };
    expect(decidePromotion(report)).toEqual({ promoted, reason });
  });

  it("keeps a model without a holdout unpromoted", () =>
    expect(decidePromotion(undefined)).toEqual({
      promoted: false,
      reason: "not enough history for a time-split holdout",
    }));
});
