/**
 * The payment model over HTTP on the local Functions host with the demo firm: nothing before the
 * first training, then the nightly timer trains and scores, and the card, scores, worklist and the
 * workflow engine's escalations all come from what it stored.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SqliteStore } from "../adapters/sqlite/sqlite-store";
import type { Escalation } from "../core/actions/documents";
import { addDays } from "../core/domain/dates";
import { type LocalStack, startLocalStack } from "../test/support/local-stack";

// The nightly timer trains as of the app's day, so the demo firm is seeded as of that day too.
const today = new Date().toISOString().slice(0, 10);
let stack: LocalStack;
let manager: string;
let chen: string;
beforeAll(async () => {
  stack = await startLocalStack({ asOf: today });
  manager = await stack.tokenFor("u-whitfield");
  chen = await stack.tokenFor("u-chen");
});
afterAll(async () => stack?.stop());

describe("before the first training", () => {
  it("answers 404 MODEL_MISSING for the card, a score and the worklist", async () => {
    for (const [path, token] of [
      ["/model", manager],
      ["/clients/CL-1001/score", chen],
      ["/worklist", chen],
      ["/reports/expected-cash", manager],
    ] as const) {
      const r = await stack.call("GET", path, token);
      expect([path, r.status, r.json.code]).toEqual([path, 404, "MODEL_MISSING"]);
    }
  });

  it("answers 404 NOT_FOUND for another collector's client", async () => {
    // CL-1002 is collected by Priya Nair.
    const r = await stack.call("GET", "/clients/CL-1002/score", chen);
    expect([r.status, r.json.code]).toEqual([404, "NOT_FOUND"]);
  });
});

describe("after the nightly training", () => {
  let versionId: string;
  beforeAll(async () => {
    await stack.host.runTimer("model-nightly");
    const card = await stack.call("GET", "/model", manager);
    expect(card.status).toBe(200);
    versionId = card.json.versionId;
  });

  it("shows managers the model card with holdout metrics against the naive baseline", async () => {
    const r = await stack.call("GET", "/model", manager);
    expect(versionId).toMatch(new RegExp(`^m-${today}-[0-9a-f]{8}$`));
    expect(r.json.trainingWindow).toMatchObject({ cutoff: today });
    expect(r.json.trainingWindow.invoices).toBeGreaterThan(1000);
    expect(Object.keys(r.json.holdout.model)).toEqual([
      "n",
      "positives",
      "rocAuc",
      "brier",
      "logLoss",
      "precisionAtTop20",
    ]);
    expect(r.json.holdout.naive.n).toBe(r.json.holdout.model.n);
    expect(r.json.leadingIndicators[0]).toMatchObject({ feature: "pace_late" });
    expect(r.json.calibrationTable.length).toBeGreaterThan(0);
    expect(typeof r.json.promotion.reason).toBe("string");
    expect((await stack.call("GET", "/model", chen)).status).toBe(403);
  });

  it("scores a visible client with the stored version, reasons and cash forecast", async () => {
    const r = await stack.call("GET", `/clients/CL-1001/score?asOf=${today}`, chen);
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ clientId: "CL-1001", asOf: today, modelVersion: versionId, currency: "USD" });
    expect(r.json.p30).toBeGreaterThan(0);
    expect(r.json.p30).toBeLessThan(1);
    expect(["high", "medium", "low"]).toContain(r.json.confidence);
    expect(r.json.reasons).toHaveLength(3);
    for (const reason of r.json.reasons) expect(Object.keys(reason)).toEqual(["text", "weight"]);
    expect(r.json.segment).toMatch(
      /^(nudge|collector-call|partner-intervention|payment-plan-candidate|write-off-review)$/,
    );
    expect(typeof r.json.segmentRule).toBe("string");
    const cash = r.json.expectedCash;
    expect(cash.d7).toBeLessThanOrEqual(cash.d30);
    expect(cash.d30).toBeLessThanOrEqual(cash.d60);
    expect(cash.amounts.d30).toBe(`${Math.floor(cash.d30 / 100)}.${String(cash.d30 % 100).padStart(2, "0")}`);
    expect((await stack.call("GET", "/clients/CL-1002/score", chen)).status).toBe(404);
    expect((await stack.call("GET", "/clients/CL-1001/score?asOf=2026-13-01", chen)).status).toBe(400);
  });

  it("re-scores for another day on request, with the same version", async () => {
    const later = addDays(today, 7);
    const r = await stack.call("GET", `/clients/CL-1001/score?asOf=${later}`, chen);
    expect(r.json).toMatchObject({ asOf: later, modelVersion: versionId });
  });

  it("ranks each reader's worklist by expected cash at risk", async () => {
    const mine = await stack.call("GET", `/worklist?asOf=${today}`, chen);
    expect(mine.status).toBe(200);
    expect(mine.json).toMatchObject({ asOf: today, modelVersion: versionId });
    expect(mine.json.collectors).toBeUndefined();
    const items: { clientId: string; collectorId: string; cashAtRiskMinor: number; p30: number }[] = mine.json.items;
    expect(items.length).toBeGreaterThan(10);
    expect(items.every((i) => i.collectorId === "u-chen")).toBe(true);
    const risks = items.map((i) => i.cashAtRiskMinor);
    expect(risks).toEqual([...risks].sort((a, b) => b - a));
    const score = await stack.call("GET", `/clients/${items[0]!.clientId}/score?asOf=${today}`, chen);
    expect(score.json.p30).toBe(items[0]!.p30);

    const all = await stack.call("GET", `/worklist?asOf=${today}`, manager);
    expect(new Set(all.json.items.map((i: { collectorId: string }) => i.collectorId))).toEqual(
      new Set(["u-chen", "u-nair"]),
    );
    expect(all.json.collectors.map((c: { collectorId: string }) => c.collectorId).sort()).toEqual(["u-chen", "u-nair"]);
    const nair = await stack.call("GET", `/worklist?asOf=${today}&collectorId=u-nair`, manager);
    expect(nair.json.items.every((i: { collectorId: string }) => i.collectorId === "u-nair")).toBe(true);
    expect((await stack.call("GET", "/worklist?collectorId=u-nair", chen)).status).toBe(403);
  });

  it("forecasts the firm's expected cash", async () => {
    const r = await stack.call("GET", `/reports/expected-cash?asOf=${today}`, manager);
    expect(r.json).toMatchObject({ currency: "USD", modelVersion: versionId });
    expect(r.json.d30Minor).toBeGreaterThan(0);
  });

  it("hands the workflow engine the model's escalation days", async () => {
    const run = await stack.call("POST", "/sequences/run", manager, { asOf: today });
    expect(run.status).toBe(200);
    const store = SqliteStore.open({ dataDir: stack.dataDir });
    try {
      const docs = await store.forTenant("demo-firm").documents.list<Escalation>("escalation");
      const fromModel = docs.filter((d) => d.body.source === "model");
      expect(fromModel.length).toBeGreaterThan(0);
      const worklist = await stack.call("GET", `/worklist?asOf=${today}`, manager);
      const due = new Set(
        worklist.json.items
          .filter((i: { escalationDate?: string }) => i.escalationDate && i.escalationDate <= today)
          .map((i: { clientId: string }) => i.clientId),
      );
      for (const d of fromModel) expect(due.has(d.clientId)).toBe(true);
    } finally {
      await store.close();
    }
  });
});
