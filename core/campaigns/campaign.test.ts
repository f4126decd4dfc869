import { describe, expect, it } from "vitest";
import { MemoryStore } from "../../adapters/fakes/memory-store";
import type { Payment } from "../domain/types";
import type { Principal } from "../ports/principal";
import { campaignProgress, parseCampaignInput } from "./campaign";
import { createCampaign, listCampaigns, updateCampaign } from "./campaign-store";

const pay = (id: string, clientId: string, receivedDate: string, amountMinor: number, currency = "USD"): Payment => ({
  tenantId: "t",
  id,
  clientId,
  receivedDate,
  amountMinor,
  currency,
  applications: [],
  unappliedMinor: 0,
});
const q4 = {
  name: "Q4",
  type: "quarter-end" as const,
  startDate: "2026-12-01",
  endDate: "2026-12-14",
  targetMinor: 14_000,
  currency: "USD",
};

describe("parseCampaignInput", () => {
  it.each([
    [{ ...q4 }, true],
    [{ ...q4, name: " " }, false],
    [{ ...q4, endDate: "2026-11-30" }, false],
    [{ ...q4, endDate: "2027-12-31" }, false],
    [{ ...q4, targetMinor: 10.5 }, false],
    [{ ...q4, type: "monthly" }, false],
    [{ ...q4, currency: "usd" }, false],
  ])("%j valid=%s", (raw, valid) => {
    expect(parseCampaignInput(raw).ok).toBe(valid);
  });
});

describe("campaignProgress", () => {
  const payments = [
    pay("1", "A", "2026-11-30", 999),
    pay("2", "A", "2026-12-02", 3_000),
    pay("3", "B", "2026-12-09", 2_000),
    pay("4", "B", "2026-12-10", 5_000, "EUR"),
    pay("5", "A", "2026-12-12", 7_000),
  ];
  it("counts cash in the window and currency, week by week against the straight-line path", () => {
    const p = campaignProgress(q4, payments, undefined, "2026-12-10");
    expect(p).toMatchObject({
      collectedMinor: 5_000,
      progress: 0.3571,
      daysTotal: 14,
      daysElapsed: 10,
      onTrack: false,
      phase: "running",
    });
    expect(p.weeks).toEqual([
      { from: "2026-12-01", to: "2026-12-07", collectedMinor: 3_000, cumulativeMinor: 3_000, pathMinor: 7_000 },
      { from: "2026-12-08", to: "2026-12-14", collectedMinor: 2_000, cumulativeMinor: 5_000, pathMinor: 14_000 },
    ]);
  });
  it("keeps to the scope's clients and reports the phase", () => {
    expect(campaignProgress(q4, payments, new Set(["A"]), "2026-12-31")).toMatchObject({
      collectedMinor: 10_000,
      phase: "ended",
    });
    expect(campaignProgress(q4, payments, undefined, "2026-11-01")).toMatchObject({
      collectedMinor: 0,
      daysElapsed: 0,
      phase: "upcoming",
      onTrack: true,
    });
  });
});

describe("campaign store", () => {
  const manager: Principal = { tenantId: "t", userId: "u-m", email: "", name: "M", roles: ["manager"] };
  const collector: Principal = { ...manager, userId: "u-c", roles: ["specialist"] };
  let id = 0;
  const deps = { asOf: "2026-11-23", now: "2026-11-23T10:00:00.000Z", newId: () => `id-${++id}` };

  it("creates, lists with progress, cancels with the etag, and audits each change on the firm trail", async () => {
    const store = new MemoryStore().forTenant("t");
    expect((await createCampaign(store, collector, q4, deps)).ok).toBe(false);
    const created = await createCampaign(store, manager, q4, deps);
    expect(created.ok).toBe(true);
    const listed = await listCampaigns(store, manager, "2026-12-05");
    if (!listed.ok) throw new Error("list failed");
    expect(listed.value[0]).toMatchObject({ name: "Q4", status: "active", progress: { collectedMinor: 0 } });
    const stale = await updateCampaign(
      store,
      manager,
      listed.value[0]!.id,
      { status: "cancelled", ifMatch: "nope" },
      deps,
    );
    expect(stale.ok).toBe(false);
    const cancelled = await updateCampaign(
      store,
      manager,
      listed.value[0]!.id,
      { status: "cancelled", ifMatch: listed.value[0]!.etag },
      deps,
    );
    expect(cancelled.ok && cancelled.value.status).toBe("cancelled");
    const trail = await store.listInteractions({ clientId: "_firm" });
    expect(trail.map((r) => r.summary)).toEqual([
      'Campaign "Q4" created (2026-12-01 to 2026-12-14)',
      'Campaign "Q4" cancelled',
    ]);
  });
});
