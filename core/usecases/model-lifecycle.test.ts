import { beforeAll, describe, expect, it } from "vitest";
import { MemoryStore } from "../../adapters/fakes/memory-store";
import { seedDemoFirm } from "../demo/seed-demo";
import type { TenantStore } from "../ports/store.port";
import { ISSUE_FEATURES } from "../scoring/features";
import type { ModelVersion } from "../scoring/model-version";
import { invoice } from "../scoring/testing/fixtures";
import { nextPointer, trainAndStoreModel } from "./model-lifecycle";
import { keepReachedDay } from "./model-scores";
import {
  type ClientScoreRecord,
  CURRENT_ID,
  LATEST_ID,
  MODEL_DOC,
  type ModelPointer,
  type ModelVersionRecord,
} from "./model-store";

const NOW = "2025-06-01T02:00:00.000Z";
const base = { now: NOW, actorId: "model-test" };

async function demoFirm(asOf: string): Promise<TenantStore> {
  const store = new MemoryStore({ now: () => NOW });
  await seedDemoFirm(store, { asOf });
  return store.forTenant("demo-firm");
}

describe("training with too little history", () => {
  it("answers VALIDATION with a clear message and stores nothing", async () => {
    const store = new MemoryStore().forTenant("small");
    await store.applyLedgerBatch(
      { invoices: [1, 2, 3].map((n) => invoice({ number: `${n}`, issued: "2025-01-0" + n, paid: "2025-02-01" })) },
      "test",
    );
    const result = await trainAndStoreModel(store, { ...base, asOf: "2025-06-01", versionId: "m1" });
    expect(result).toEqual({
      ok: false,
      code: "VALIDATION",
      message:
        "not enough payment history to train a model as of 2025-06-01: only 3 settled invoices before 2025-06-01; at least 20 are needed",
    });
    expect(await store.documents.list(MODEL_DOC.version)).toEqual([]);
    expect(await store.documents.get(MODEL_DOC.current, CURRENT_ID)).toBeUndefined();
  });
});

describe("the lifecycle on the demo firm", () => {
  let store: TenantStore;
  beforeAll(async () => {
    store = await demoFirm("2025-06-01");
  });

  it("stores the first version with its window, weights and calibration, and puts it in service", async () => {
    const result = await trainAndStoreModel(store, { ...base, asOf: "2025-06-01", versionId: "m1" });
    if (!result.ok) throw new Error(result.message);
    expect(result.value).toMatchObject({
      versionId: "m1",
      trainingWindow: { from: "2022-12-14", cutoff: "2025-06-01", invoices: 1608 },
      promotion: { promoted: true },
      inService: "m1",
      provisional: false,
      scored: { asOf: "2025-06-01", modelVersion: "m1", clients: 48, accounts: 48, invoices: 120, removed: 0 },
    });
    const doc = await store.documents.get<ModelVersionRecord>(MODEL_DOC.version, "m1");
    expect(doc?.clientId).toBeUndefined();
    expect(doc?.body.asOf).toBe("2025-06-01");
    expect(doc?.body.model.lateAtIssue.features).toEqual(ISSUE_FEATURES);
    expect(doc?.body.model.lateAtIssue.weights).toHaveLength(ISSUE_FEATURES.length);
    expect(doc?.body.model.reliability.length).toBeGreaterThan(0);
    expect(doc?.body.model.holdout?.naive.n).toBe(doc?.body.model.holdout?.model.n);
    const pointer = await store.documents.get<ModelPointer>(MODEL_DOC.current, CURRENT_ID);
    expect(pointer?.body).toMatchObject({ versionId: "m1", since: NOW, provisional: false });
  });

  it("stores one score per client, in the client's partition, with the model version", async () => {
    const scores = await store.documents.list<ClientScoreRecord>(MODEL_DOC.score);
    expect(scores).toHaveLength(48);
    for (const s of scores) {
      expect(s.clientId).toBe(s.body.clientId);
      expect(s.body).toMatchObject({ asOf: "2025-06-01", modelVersion: "m1", provisional: false });
      for (const a of s.body.accounts) {
        expect(a.reasons.length).toBeGreaterThan(0);
        expect(a.cashAtRiskMinor).toBeLessThanOrEqual(a.openBalanceMinor);
      }
    }
    const cl1001 = scores.find((s) => s.id === "CL-1001")!.body;
    expect(cl1001.collectorId).toBe("u-chen");
  });

  it("keeps the model in service when a new one is worse than it on the same holdout", async () => {
    // Retrained as of two months earlier: less history, and the holdout shows it.
    const result = await trainAndStoreModel(store, { ...base, asOf: "2025-04-01", versionId: "m0" });
    if (!result.ok) throw new Error(result.message);
    expect(result.value.promotion).toEqual({
      promoted: false,
      reason: "does not beat the current model on the holdout (AUC 0.937 vs 0.943, Brier 0.090 vs 0.087)",
    });
    expect(result.value.inService).toBe("m1");
    const kept = await store.documents.get<ModelVersionRecord>(MODEL_DOC.version, "m0");
    expect(kept?.body.model.promotion.promoted).toBe(false);
    expect((await store.documents.get<ModelPointer>(MODEL_DOC.current, CURRENT_ID))?.body.versionId).toBe("m1");
    expect((await store.documents.get(MODEL_DOC.current, LATEST_ID))?.body).toEqual({
      versionId: "m0",
      asOf: "2025-04-01",
      trainedAt: NOW,
      promoted: false,
      reason: "does not beat the current model on the holdout (AUC 0.937 vs 0.943, Brier 0.090 vs 0.087)",
    });
    // The book is re-scored by the version still in service.
    const scores = await store.documents.list<ClientScoreRecord>(MODEL_DOC.score);
    expect(new Set(scores.map((s) => `${s.body.modelVersion} ${s.body.asOf}`))).toEqual(new Set(["m1 2025-04-01"]));
  });

  it("refuses a version id that was already used", async () => {
    const again = await trainAndStoreModel(store, { ...base, asOf: "2025-06-01", versionId: "m1" });
    expect(again).toMatchObject({ ok: false, code: "CONFLICT" });
  });
});

describe("a first model that does not beat the naive baseline", () => {
  it("serves provisionally, and a second one that fails the gate does not replace it", async () => {
    const store = await demoFirm("2026-11-23");
    const first = await trainAndStoreModel(store, { ...base, asOf: "2026-11-23", versionId: "p1" });
    if (!first.ok) throw new Error(first.message);
    expect(first.value.promotion.promoted).toBe(false);
    expect(first.value).toMatchObject({ inService: "p1", provisional: true });
    const pointer = (await store.documents.get<ModelPointer>(MODEL_DOC.current, CURRENT_ID))?.body;
    expect(pointer?.reason).toBe(
      "in service provisionally, as the firm's first model: does not beat the client's past late share on the holdout (AUC 0.883 vs 0.888, Brier 0.113 vs 0.115)",
    );
    const second = await trainAndStoreModel(store, { ...base, asOf: "2026-11-23", versionId: "p2" });
    if (!second.ok) throw new Error(second.message);
    expect(second.value).toMatchObject({ inService: "p1", provisional: true, promotion: { promoted: false } });
    const score = await store.documents.get<ClientScoreRecord>(MODEL_DOC.score, "CL-1001");
    expect(score?.body).toMatchObject({ modelVersion: "p1", provisional: true });
  });
});

describe("nextPointer", () => {
  const model = (versionId: string, promoted: boolean) =>
    ({ versionId, promotion: { promoted, reason: promoted ? "beats both" : "worse" } }) as ModelVersion;
  const serving = {
    pointer: { versionId: "old", since: "2025-01-01T00:00:00Z", provisional: false, reason: "r" },
    record: {} as ModelVersionRecord,
  };
  it.each([
    [
      "promoted replaces",
      model("new", true),
      serving,
      { versionId: "new", since: NOW, provisional: false, reason: "beats both" },
    ],
    ["unpromoted keeps", model("new", false), serving, serving.pointer],
    [
      "first unpromoted serves provisionally",
      model("new", false),
      undefined,
      {
        versionId: "new",
        since: NOW,
        provisional: true,
        reason: "in service provisionally, as the firm's first model: worse",
      },
    ],
  ])("%s", (_name, m, current, expected) => {
    expect(nextPointer(m, current, NOW)).toEqual(expected);
  });
});

describe("keepReachedDay", () => {
  const p = (date?: string) =>
    date ? { date, rule: "day-limit" as const, detail: `on ${date}` } : { rule: "none" as const, detail: "none" };
  it.each([
    ["a reached day stays while a rule fires", p("2025-05-20"), p("2025-06-01"), p("2025-05-20")],
    ["a future day is taken as computed", p("2025-05-20"), p("2025-06-10"), p("2025-06-10")],
    ["no rule firing clears it", p("2025-05-20"), p(), p()],
    ["an earlier new day wins", p("2025-05-31"), p("2025-05-25"), p("2025-05-25")],
    ["nothing before", undefined, p("2025-06-01"), p("2025-06-01")],
  ])("%s", (_name, previous, next, expected) => {
    expect(keepReachedDay(previous, next, "2025-06-01")).toEqual(expected);
  });
});
