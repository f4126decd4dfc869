/** Contract: the append-only, hash-chained audit trail. */
import { describe, expect, it } from "vitest";
import { GENESIS_HASH, verifyChain } from "../../core/audit/hash-chain";
import type { Store } from "../../core/ports/store.port";
import { newTenantId, note } from "./fixtures";

export function interactionsContract(store: () => Store): void {
  describe("interactions", () => {
    it("chains each client's records and returns them in append order", async () => {
      const tenant = store().forTenant(newTenantId());
      const first = await tenant.appendInteractions([
        note("C1", "i1", "2026-03-02T10:00:00.000Z"),
        note("C2", "i2", "2026-03-02T11:00:00.000Z"),
        note("C1", "i3", "2026-03-01T09:00:00.000Z", "call"),
      ]);
      expect(first.map((r) => r.id)).toEqual(["i1", "i2", "i3"]);
      expect(first.every((r) => r.tenantId === tenant.tenantId)).toBe(true);
      expect(first[0]?.prevHash).toBe(GENESIS_HASH);
      expect(first[1]?.prevHash).toBe(GENESIS_HASH);
      expect(first[2]?.prevHash).toBe(first[0]?.hash);

      // A back-dated record is still appended last: the chain follows append order, not `at`.
      const second = await tenant.appendInteractions([note("C1", "i4", "2026-02-01T00:00:00.000Z", "promise")]);
      expect(second[0]?.prevHash).toBe(first[2]?.hash);

      const c1 = await tenant.listInteractions({ clientId: "C1" });
      expect(c1.map((r) => r.id)).toEqual(["i1", "i3", "i4"]);
      expect(c1[2]).toEqual(second[0]);
      expect(await verifyChain(c1)).toEqual({ ok: true, checked: 3 });
      expect(await verifyChain(await tenant.listInteractions({ clientId: "C2" }))).toEqual({ ok: true, checked: 1 });
    });

    it("filters by client, since (inclusive), until (exclusive) and kinds", async () => {
      const tenant = store().forTenant(newTenantId());
      await tenant.appendInteractions([
        note("C1", "a", "2026-03-01T00:00:00.000Z"),
        note("C1", "b", "2026-03-02T00:00:00.000Z", "call"),
        note("C2", "c", "2026-03-03T00:00:00.000Z", "call"),
        note("C1", "d", "2026-03-04T00:00:00.000Z", "email-sent"),
      ]);
      const idsOf = async (filter: Parameters<typeof tenant.listInteractions>[0]) =>
        (await tenant.listInteractions(filter)).map((r) => r.id).sort();
      expect(await idsOf({})).toEqual(["a", "b", "c", "d"]);
      expect(await idsOf({ since: "2026-03-02T00:00:00.000Z" })).toEqual(["b", "c", "d"]);
      expect(await idsOf({ until: "2026-03-03T00:00:00.000Z" })).toEqual(["a", "b"]);
      expect(await idsOf({ since: "2026-03-02T00:00:00.000Z", until: "2026-03-04T00:00:00.000Z" })).toEqual(["b", "c"]);
      expect(await idsOf({ kinds: ["call"] })).toEqual(["b", "c"]);
      expect(await idsOf({ kinds: ["call", "email-sent"], clientId: "C1" })).toEqual(["b", "d"]);
      expect(await idsOf({ clientId: "C3" })).toEqual([]);
    });

    it("keeps one chain when two writers append to the same client at once", async () => {
      const tenant = store().forTenant(newTenantId());
      const at = "2026-03-05T00:00:00.000Z";
      await Promise.all([
        tenant.appendInteractions([note("C1", "w1a", at), note("C1", "w1b", at)]),
        tenant.appendInteractions([note("C1", "w2a", at), note("C1", "w2b", at)]),
        store()
          .forTenant(tenant.tenantId)
          .appendInteractions([note("C1", "w3a", at)]),
      ]);
      const chain = await tenant.listInteractions({ clientId: "C1" });
      expect(chain.map((r) => r.id).sort()).toEqual(["w1a", "w1b", "w2a", "w2b", "w3a"]);
      expect(await verifyChain(chain)).toEqual({ ok: true, checked: 5 });
    });
  });
}
