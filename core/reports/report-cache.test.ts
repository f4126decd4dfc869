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
});
