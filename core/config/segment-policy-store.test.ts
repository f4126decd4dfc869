import { describe, expect, it } from "vitest";
import { MemoryStore } from "../../adapters/fakes/memory-store";
import type { Principal } from "../ports/principal";
import { DEFAULT_SEGMENT_POLICY } from "../scoring/segments";
import { listConfigChanges } from "./config-changes";
import {
  listSegmentPolicyVersions,
  loadSegmentPolicy,
  parseSegmentPolicy,
  saveSegmentPolicy,
} from "./segment-policy-store";

const admin: Principal = { tenantId: "t", userId: "u-a", email: "", name: "A", roles: ["admin"] };
const manager: Principal = { ...admin, userId: "u-m", roles: ["manager"] };
const deps = { asOf: "2026-11-23", now: "2026-11-23T10:00:00.000Z", newId: () => globalThis.crypto.randomUUID() };

describe("parseSegmentPolicy", () => {
  it.each([
    [DEFAULT_SEGMENT_POLICY, null],
    [{ ...DEFAULT_SEGMENT_POLICY, nudgeMinP30: 1.2 }, "nudgeMinP30"],
    [{ ...DEFAULT_SEGMENT_POLICY, callAfterDaysPastDue: 12.5 }, "callAfterDaysPastDue"],
    [{ ...DEFAULT_SEGMENT_POLICY, partnerBelowP30: 0.7 }, "partnerBelowP30"],
    [{ ...DEFAULT_SEGMENT_POLICY, partnerAfterDaysPastDue: 400 }, "partnerAfterDaysPastDue"],
    [{ ...DEFAULT_SEGMENT_POLICY, extra: 1 }, "extra"],
    [{ nudgeMinP30: 0.6 }, "partnerBelowP30"],
  ])("%j → problem at %s", (raw, path) => {
    const r = parseSegmentPolicy(raw);
    if (path === null) expect(r.ok).toBe(true);
    else expect(!r.ok && (r.details as { path: string }[]).map((p) => p.path)).toContain(path);
  });
});

describe("segment policy store", () => {
  it("starts at the model's defaults, saves versions for administrators only, and audits each", async () => {
    const store = new MemoryStore().forTenant("t");
    expect(await loadSegmentPolicy(store)).toMatchObject({ version: 0, policy: DEFAULT_SEGMENT_POLICY });
    expect((await saveSegmentPolicy(store, manager, { policy: DEFAULT_SEGMENT_POLICY }, deps)).ok).toBe(false);
    const next = { ...DEFAULT_SEGMENT_POLICY, partnerAfterDaysPastDue: 45 };
    const saved = await saveSegmentPolicy(
      store,
      admin,
      { policy: next, expectedVersion: 0, note: "earlier partner" },
      deps,
    );
    expect(saved.ok && saved.value.version).toBe(1);
    const stale = await saveSegmentPolicy(store, admin, { policy: DEFAULT_SEGMENT_POLICY, expectedVersion: 0 }, deps);
    expect(!stale.ok && stale.code).toBe("PRECONDITION_FAILED");
    expect((await loadSegmentPolicy(store)).policy.partnerAfterDaysPastDue).toBe(45);
    expect((await listSegmentPolicyVersions(store)).map((v) => v.version)).toEqual([1, 0]);
    const changes = await listConfigChanges(store, manager);
    expect(changes.ok && changes.value.map((c) => [c.summary, c.section, c.actorName])).toEqual([
      ["Segment thresholds version 1 saved (partnerAfterDaysPastDue)", "segments", "u-a"],
    ]);
  });
});
