/** Contract: workflow documents with idempotent create and etag optimistic concurrency. */
import { describe, expect, it } from "vitest";
import type { Store } from "../../core/ports/store.port";
import { newTenantId } from "./fixtures";

interface Escalation {
  step: number;
  note?: string;
}

export function documentsContract(store: () => Store): void {
  const docs = () => store().forTenant(newTenantId()).documents;

  describe("documents", () => {
    it("creates once: a second create with the same kind and id is a CONFLICT", async () => {
      const d = docs();
      const made = await d.create<Escalation>("escalation", "e1", { step: 1 }, { actorId: "u1", clientId: "C1" });
      expect(made.ok).toBe(true);
      if (!made.ok) return;
      expect(made.value).toMatchObject({ kind: "escalation", id: "e1", clientId: "C1", body: { step: 1 } });
      expect(made.value.stamp).toMatchObject({ createdBy: "u1", updatedBy: "u1" });
      expect(await d.get("escalation", "e1")).toEqual(made.value);

      const again = await d.create<Escalation>("escalation", "e1", { step: 9 }, { actorId: "u2", clientId: "C1" });
      expect(again).toMatchObject({ ok: false, code: "CONFLICT" });
      const elsewhere = await d.create<Escalation>("escalation", "e1", { step: 9 }, { actorId: "u2", clientId: "C2" });
      expect(elsewhere).toMatchObject({ ok: false, code: "CONFLICT" });
      const firmWide = await d.create<Escalation>("escalation", "e1", { step: 9 }, { actorId: "u2" });
      expect(firmWide).toMatchObject({ ok: false, code: "CONFLICT" });
      expect((await d.get<Escalation>("escalation", "e1"))?.body).toEqual({ step: 1 });
      // The same id under another kind is another document.
      expect((await d.create("promise", "e1", { step: 2 }, { actorId: "u1" })).ok).toBe(true);
    });

    it("creates many in input order: new ids are created, existing ids are a CONFLICT", async () => {
      const d = docs();
      await d.create<Escalation>("touch", "t2", { step: 0 }, { actorId: "u0" });
      const results = await d.createMany<Escalation>(
        "touch",
        [
          { id: "t3", body: { step: 3 }, clientId: "C1" },
          { id: "t2", body: { step: 2 }, clientId: "C1" },
          { id: "t1", body: { step: 1 } },
        ],
        { actorId: "u1" },
      );
      expect(results.map((r) => (r.ok ? r.value.id : r.code))).toEqual(["t3", "CONFLICT", "t1"]);
      const [first, , last] = results;
      expect(first?.ok && first.value).toMatchObject({ kind: "touch", id: "t3", clientId: "C1", body: { step: 3 } });
      expect(first?.ok && first.value.stamp).toMatchObject({ createdBy: "u1", updatedBy: "u1" });
      expect(last?.ok && last.value.clientId).toBeUndefined();
      expect(first?.ok && (await d.get("touch", "t3"))).toEqual(first?.ok && first.value);
      expect(last?.ok && (await d.get("touch", "t1"))).toEqual(last?.ok && last.value);
      expect((await d.get<Escalation>("touch", "t2"))?.body).toEqual({ step: 0 });
      expect(first?.ok && last?.ok && first.value.etag !== last.value.etag).toBe(true);
      expect(await d.createMany("touch", [], { actorId: "u1" })).toEqual([]);
    });

    it("creates many: of duplicate ids in one call the first wins, the later ones CONFLICT", async () => {
      const d = docs();
      const results = await d.createMany<Escalation>(
        "touch",
        [
          { id: "a", body: { step: 1 }, clientId: "C1" },
          { id: "b", body: { step: 1 } },
          { id: "a", body: { step: 2 }, clientId: "C2" },
          { id: "a", body: { step: 3 } },
        ],
        { actorId: "u1" },
      );
      expect(results.map((r) => r.ok || r.code)).toEqual([true, true, "CONFLICT", "CONFLICT"]);
      expect(await d.get<Escalation>("touch", "a")).toMatchObject({ clientId: "C1", body: { step: 1 } });
      expect((await d.list("touch")).map((x) => x.id).sort()).toEqual(["a", "b"]);
    });

    it("replaces only with the current etag", async () => {
      const d = docs();
      const made = await d.create<Escalation>("escalation", "e1", { step: 1 }, { actorId: "u1" });
      if (!made.ok) throw new Error("create failed");
      const next = await d.replace<Escalation>(
        "escalation",
        "e1",
        { step: 2 },
        { actorId: "u2", ifMatch: made.value.etag },
      );
      expect(next.ok).toBe(true);
      if (!next.ok) return;
      expect(next.value.etag).not.toBe(made.value.etag);
      expect(next.value.stamp).toMatchObject({
        createdBy: "u1",
        updatedBy: "u2",
        createdAt: made.value.stamp.createdAt,
      });

      const stale = await d.replace<Escalation>(
        "escalation",
        "e1",
        { step: 3 },
        { actorId: "u3", ifMatch: made.value.etag },
      );
      expect(stale).toMatchObject({ ok: false, code: "PRECONDITION_FAILED" });
      expect((await d.get<Escalation>("escalation", "e1"))?.body).toEqual({ step: 2 });
      const missing = await d.replace("escalation", "nope", { step: 1 }, { actorId: "u1", ifMatch: made.value.etag });
      expect(missing).toMatchObject({ ok: false, code: "NOT_FOUND" });
    });

    it("lets exactly one of two concurrent replaces with the same etag win", async () => {
      const d = docs();
      const made = await d.create<Escalation>("plan", "p1", { step: 1 }, { actorId: "u1", clientId: "C7" });
      if (!made.ok) throw new Error("create failed");
      const results = await Promise.all(
        [2, 3, 4].map((step) =>
          d.replace<Escalation>("plan", "p1", { step }, { actorId: "u2", clientId: "C7", ifMatch: made.value.etag }),
        ),
      );
      const winners = results.filter((r) => r.ok);
      expect(winners).toHaveLength(1);
      expect(results.filter((r) => !r.ok && r.code === "PRECONDITION_FAILED")).toHaveLength(2);
      const stored = await d.get<Escalation>("plan", "p1");
      expect(winners[0]?.ok && stored?.body).toEqual(winners[0]?.ok && winners[0].value.body);
    });

    it("upserts: creates, then overwrites keeping the creation stamp", async () => {
      const d = docs();
      const first = await d.upsert<Escalation>("draft", "d1", { step: 1 }, { actorId: "u1", clientId: "C1" });
      const second = await d.upsert<Escalation>(
        "draft",
        "d1",
        { step: 2, note: "x" },
        { actorId: "u2", clientId: "C1" },
      );
      expect(second.body).toEqual({ step: 2, note: "x" });
      expect(second.etag).not.toBe(first.etag);
      expect(second.stamp).toMatchObject({ createdBy: "u1", createdAt: first.stamp.createdAt, updatedBy: "u2" });
      expect(await d.get("draft", "d1")).toEqual(second);
      // Leaving out the client on a later write keeps the document where it is.
      const third = await d.upsert<Escalation>("draft", "d1", { step: 3 }, { actorId: "u3" });
      expect(third.clientId).toBe("C1");
      const made = await d.create<Escalation>("draft", "d2", { step: 1 }, { actorId: "u1", clientId: "C2" });
      if (!made.ok) throw new Error("create failed");
      const replaced = await d.replace<Escalation>(
        "draft",
        "d2",
        { step: 2 },
        { actorId: "u1", ifMatch: made.value.etag },
      );
      expect(replaced.ok && replaced.value.clientId).toBe("C2");
    });

    it("lists by kind and client, and deletes", async () => {
      const d = docs();
      await d.upsert("draft", "d1", { step: 1 }, { actorId: "u1", clientId: "C1" });
      await d.upsert("draft", "d2", { step: 1 }, { actorId: "u1", clientId: "C2" });
      await d.upsert("draft", "d3", { step: 1 }, { actorId: "u1" });
      await d.upsert("config", "d4", { step: 1 }, { actorId: "u1" });
      const idsOf = async (kind: string, filter?: { clientId?: string }) =>
        (await d.list(kind, filter)).map((x) => x.id).sort();
      expect(await idsOf("draft")).toEqual(["d1", "d2", "d3"]);
      expect(await idsOf("draft", { clientId: "C2" })).toEqual(["d2"]);
      expect(await idsOf("config")).toEqual(["d4"]);
      expect(await idsOf("nothing")).toEqual([]);
      expect((await d.list("draft", { clientId: "C1" }))[0]).toMatchObject({ kind: "draft", clientId: "C1" });

      expect(await d.delete("draft", "d1")).toBe(true);
      expect(await d.get("draft", "d1")).toBeUndefined();
      expect(await d.delete("draft", "d1")).toBe(false);
      expect(await d.delete("draft", "never")).toBe(false);
      expect(await idsOf("draft")).toEqual(["d2", "d3"]);
      expect((await d.create("draft", "d1", { step: 5 }, { actorId: "u1" })).ok).toBe(true);
    });

    it("returns copies: mutating a result does not change the store", async () => {
      const d = docs();
      const doc = await d.upsert<{ list: number[] }>("config", "c1", { list: [1] }, { actorId: "u1" });
      doc.body.list.push(2);
      const read = await d.get<{ list: number[] }>("config", "c1");
      read?.body.list.push(3);
      expect((await d.get<{ list: number[] }>("config", "c1"))?.body.list).toEqual([1]);
    });
  });
}
