import { beforeAll, describe, expect, it } from "vitest";
import { MemoryStore } from "../../adapters/fakes/memory-store";
import { seedDemoFirm } from "../demo/seed-demo";
import type { Role } from "../domain/types";
import type { Principal } from "../ports/principal";
import type { TenantStore } from "../ports/store.port";
import { getClientScore } from "./client-score";
import { getModelCard } from "./model-card";
import { modelEscalationDates } from "./model-escalations";
import { rescoreAndStore, trainAndStoreModel } from "./model-lifecycle";
import { loadModelInService } from "./model-store";
import { getWorklist } from "./model-worklist";

const NOW = "2025-06-01T02:00:00.000Z";
const who = (userId: string, role: Role): Principal => ({
  tenantId: "demo-firm",
  userId,
  email: `${userId}@x.example`,
  name: userId,
  roles: [role],
});
const manager = who("u-whitfield", "manager");
const chen = who("u-chen", "specialist");

let demo: TenantStore;
beforeAll(async () => {
  const store = new MemoryStore({ now: () => NOW });
  await seedDemoFirm(store, { asOf: "2025-06-01" });
  demo = store.forTenant("demo-firm");
});

describe("before the first training", () => {
  it("answers MODEL_MISSING for the score, the worklist and the card", async () => {
    expect(await getClientScore(demo, manager, "CL-1001", "2025-06-01")).toMatchObject({ code: "MODEL_MISSING" });
    expect(await getWorklist(demo, chen, { asOf: "2025-06-01" })).toMatchObject({ code: "MODEL_MISSING" });
    expect(await getModelCard(demo, manager)).toMatchObject({ code: "MODEL_MISSING" });
    expect(await modelEscalationDates(demo, "2025-06-01")).toEqual(new Map());
  });

  it("answers NOT_FOUND, not MODEL_MISSING, for a client the reader may not see", async () => {
    // CL-1002 is collected by Priya Nair.
    expect(await getClientScore(demo, chen, "CL-1002", "2025-06-01")).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("after training", () => {
  beforeAll(async () => {
    const trained = await trainAndStoreModel(demo, { asOf: "2025-06-01", versionId: "m1", now: NOW, actorId: "t" });
    if (!trained.ok) throw new Error(trained.message);
  });

  it("shows a visible client's stored score with its version, reasons and cash forecast", async () => {
    const r = await getClientScore(demo, chen, "CL-1001", "2025-06-01");
    if (!r.ok) throw new Error(r.message);
    expect(r.value).toMatchObject({ clientId: "CL-1001", asOf: "2025-06-01", modelVersion: "m1", provisional: false });
    expect(r.value.reasons).toHaveLength(3);
    expect(r.value.p30).toBeGreaterThan(0);
    expect(r.value.expectedCash.d7).toBeLessThanOrEqual(r.value.expectedCash.d60);
    expect(await getClientScore(demo, chen, "CL-1002", "2025-06-01")).toMatchObject({ code: "NOT_FOUND" });
  });

  it("re-scores a client for another day exactly as the firm-wide run would", async () => {
    const onTheFly = await getClientScore(demo, manager, "CL-1006", "2025-06-10");
    const serving = (await loadModelInService(demo))!;
    await rescoreAndStore(demo, serving, { asOf: "2025-06-10", actorId: "t" });
    const stored = await getClientScore(demo, manager, "CL-1006", "2025-06-10");
    expect(onTheFly.ok && onTheFly.value.asOf).toBe("2025-06-10");
    expect(onTheFly).toEqual(stored);
  });

  it("shows managers the card with holdout metrics against the naive baseline; others may not", async () => {
    const card = await getModelCard(demo, manager);
    if (!card.ok) throw new Error(card.message);
    expect(card.value).toMatchObject({
      versionId: "m1",
      asOf: "2025-06-01",
      provisional: false,
      calibration: "identity",
    });
    expect(card.value.trainingWindow).toEqual({ from: "2022-12-14", cutoff: "2025-06-01", invoices: 1608 });
    expect(card.value.holdout?.model.rocAuc).toBeGreaterThan(card.value.holdout?.naive.rocAuc ?? 1);
    expect(card.value.leadingIndicators[0]?.feature).toBe("pace_late");
    expect(card.value.calibrationTable.length).toBeGreaterThan(0);
    expect(card.value.latestTraining).toBeUndefined();
    expect(await getModelCard(demo, chen)).toMatchObject({ code: "FORBIDDEN" });
  });
});
