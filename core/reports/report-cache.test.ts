import { describe, expect, it } from "vitest";
import { MemoryStore } from "../../adapters/fakes/memory-store";
import { cachedReport } from "./report-cache";

describe("cachedReport", () => {
  it("reuses an answer within its age, recomputes after it or on request", async () => {
    const store = new MemoryStore().forTenant("t");
    let runs = 0;
    const compute = async () => ({ n: ++runs });
    const at = (minute: number) => `2026-11-23T10:${String(minute).padStart(2, "0")}:00.000Z`;
    const first = await cachedReport(store, "k", { now: at(0), maxAgeMinutes: 10 }, compute);
    const hit = await cachedReport(store, "k", { now: at(9), maxAgeMinutes: 10 }, compute);
    const stale = await cachedReport(store, "k", { now: at(11), maxAgeMinutes: 10 }, compute);
    const forced = await cachedReport(store, "k", { now: at(12), maxAgeMinutes: 10, refresh: true }, compute);
    const other = await cachedReport(store, "other", { now: at(12), maxAgeMinutes: 10 }, compute);
    expect([first, hit, stale, forced, other].map((r) => [r.report.n, r.cached, r.computedAt])).toEqual([
      [1, false, at(0)],
      [1, true, at(0)],
      [2, false, at(11)],
      [3, false, at(12)],
      [4, false, at(12)],
    ]);
  });

  it("drops answers computed more than two days before a new one", async () => {
    const store = new MemoryStore().forTenant("t");
    const compute = async () => ({ n: 1 });
    await cachedReport(store, "2026-11-20", { now: "2026-11-20T10:00:00.000Z", maxAgeMinutes: 60 }, compute);
    await cachedReport(store, "2026-11-22", { now: "2026-11-22T10:00:00.000Z", maxAgeMinutes: 60 }, compute);
    await cachedReport(store, "2026-11-23", { now: "2026-11-23T10:00:00.000Z", maxAgeMinutes: 60 }, compute);
    expect((await store.documents.list("report-cache")).map((d) => d.id).sort()).toEqual(["2026-11-22", "2026-11-23"]);
  });
});
