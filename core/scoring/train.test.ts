import { describe, expect, it } from "vitest";
import { preparePaymentHistory } from "./payment-history";
import { modelCard, planCollections } from "./plan";
import { scoreAtIssue } from "./score-issue";
import { scoreOpenInvoices } from "./score-open";
import { syntheticLedger } from "./testing/synthetic-ledger";
import { trainModel } from "./train";

const data = syntheticLedger({ seed: 11, clients: 300, historical: 12_000, open: 800, asOf: "2025-01-01" });
const history = preparePaymentHistory(data.invoices, data.interactions);
const model = trainModel(history, { cutoff: data.asOf, versionId: "v1" });

describe("trainModel on a synthetic firm", () => {
  it("produces a serializable model version with its window, weights, calibration and holdout", () => {
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
    expect(model.trainingWindow.cutoff).toBe("2025-01-01");
    expect(model.lateAtIssue.features[0]).toBe("pace_late");
    expect(model.lateAtIssue.weights.every(Number.isFinite)).toBe(true);
    expect(model.pace.coefficients[0]).toBeGreaterThan(5); // paper: 7 days in the generator
    expect(model.pace.disputeDays).toBeGreaterThan(15); // 18 days in the generator
    expect(model.leadingIndicators[0]!.feature).toBe("pace_late");
  });

  it("beats the naive baseline on the holdout and is promoted", () => {
    const h = model.holdout!;
    expect(h.model.rocAuc).toBeGreaterThan(h.naive.rocAuc);
    expect(h.model.brier).toBeLessThan(h.naive.brier);
    expect(model.promotion.promoted).toBe(true);
  });

  it("compares a retrained model with the current one on the same holdout", () => {
    // The same data and recipe: the same deployed model, so it ties and a tie is promoted.
    const again = trainModel(history, { cutoff: data.asOf, versionId: "v2", current: model });
    expect(again.holdout!.current).toEqual(again.holdout!.deployed);
    expect(again.promotion.promoted).toBe(true);
    // A current model trained on less history is beaten by the new one.
    const older = trainModel(history, { cutoff: "2024-07-01", versionId: "v0" });
    const newer = trainModel(history, { cutoff: data.asOf, versionId: "v3", current: older });
    expect(newer.holdout!.deployed!.brier).toBeLessThan(newer.holdout!.current!.brier);
    // A broken current model (weights reversed) is scored on the same invoices and replaced.
    const reversed = {
      ...model,
      lateAtIssue: { ...model.lateAtIssue, weights: model.lateAtIssue.weights.map((w) => -w) },
    };
    const replacing = trainModel(history, { cutoff: data.asOf, versionId: "v4", current: reversed });
    expect(replacing.holdout!.current!.rocAuc).toBeLessThan(0.5);
    expect(replacing.promotion).toMatchObject({ promoted: true });
    expect(replacing.promotion.reason).toMatch(/^beats the current model/);
  });
});

describe("scoring with the trained model", () => {
  const open = scoreOpenInvoices(model, history, data.asOf);

  it("scores every open invoice with ordered chances, expected days and three reasons", () => {
    expect(open.length).toBe(800);
    for (const s of open) {
      expect(s.pPaid7).toBeLessThanOrEqual(s.pPaid30);
      expect(s.pPaid30).toBeLessThanOrEqual(s.pPaid60);
      expect(s.pPaid30).toBeGreaterThan(0);
      expect(s.pPaid60).toBeLessThan(1);
      expect(s.expectedDaysToPay).toBeGreaterThanOrEqual(0);
      expect(s.reasons.length).toBe(3);
      expect(s.modelVersion).toBe("v1");
    }
  });

  it("scores at issue with reasons, and a later settlement never changes an earlier score", () => {
    const target = data.invoices.find((inv) => inv.invoiceDate === "2024-06-03")!;
    const [before] = scoreAtIssue(model, history, [target.id]);
    expect(before!.pLate).toBeGreaterThan(0);
    expect(before!.reasons.length).toBe(3);
    const changed = data.invoices.map((inv) =>
      inv.clientId === target.clientId && inv.paidDate !== undefined && inv.paidDate > target.invoiceDate
        ? { ...inv, paidDate: "2024-12-31" }
        : inv,
    );
    const [after] = scoreAtIssue(model, preparePaymentHistory(changed, data.interactions), [target.id]);
    expect(after).toEqual(before);
  });
});

describe("the daily collections plan", () => {
  const plan = planCollections(model, history, data.asOf, (clientId) => (clientId < "C000150" ? "ann" : "bob"));

  it("ranks each collector's accounts by cash at risk with a segment, an action and an escalation day", () => {
    expect([...plan.worklists.keys()].sort()).toEqual(["ann", "bob"]);
    for (const list of plan.worklists.values()) {
      for (let i = 1; i < list.length; i += 1) {
        expect(list[i - 1]!.cashAtRiskMinor).toBeGreaterThanOrEqual(list[i]!.cashAtRiskMinor);
      }
      for (const item of list) {
        expect(item.nextAction.length).toBeGreaterThan(0);
        expect(item.escalation).toBeDefined();
        if (item.escalation?.date) expect(item.escalation.date >= data.asOf).toBe(true);
      }
    }
    const expected30 = plan.accounts.reduce((sum, a) => sum + a.expectedCash30Minor, 0);
    expect(expected30).toBeGreaterThan(0);
  });

  it("shows a model card", () => {
    const card = modelCard(model);
    expect(card).toMatchObject({ versionId: "v1", promotion: { promoted: true } });
    expect(card.paceEffects[0]).toMatch(/^Clients settle in \d+\.\d days at the firm's usual pace/);
  });
});
