/**
 * Contract: tenant isolation. Two firms that use the same client, invoice and document ids never see
 * each other's data through any method: isolation lives in the data layer, not in handlers.
 */
import { describe, expect, it } from "vitest";
import { verifyChain } from "../../core/audit/hash-chain";
import { invoiceKey } from "../../core/domain/keys";
import type { Store, TenantStore } from "../../core/ports/store.port";
import { ids, ledgerFixture, newTenantId, note } from "./fixtures";

export function isolationContract(store: () => Store): void {
  describe("tenant isolation", () => {
    async function twoFirms(): Promise<[TenantStore, TenantStore]> {
      const a = store().forTenant(newTenantId("a"));
      const b = store().forTenant(newTenantId("b"));
      await a.applyLedgerBatch(ledgerFixture(a.tenantId), "importer");
      const onlyC1 = ledgerFixture(b.tenantId);
      await b.applyLedgerBatch({ ...onlyC1, clients: onlyC1.clients.slice(0, 1) }, "importer");
      return [a, b];
    }

    it("ledger reads only return the firm's own records", async () => {
      const [a, b] = await twoFirms();
      for (const [firm, clients] of [
        [a, ["C1", "C2", "C3"]],
        [b, ["C1"]],
      ] as const) {
        const all = [
          ...(await firm.listClients()),
          ...(await firm.listMatters()),
          ...(await firm.listInvoices()),
          ...(await firm.listInvoices({ openOnly: true })),
          ...(await firm.listPayments()),
          ...(await firm.listCredits()),
          ...(await firm.listUsers()),
          ...(await firm.findInvoicesByNumber("611365")),
          ...(await firm.findClientsByContactEmail("ap@acme.com")),
          ...(await firm.findClientsByDomain("acme.com")),
        ];
        expect(all.every((r) => r.tenantId === firm.tenantId)).toBe(true);
        expect(ids(await firm.listClients())).toEqual(clients);
        expect((await firm.getClient("C1"))?.tenantId).toBe(firm.tenantId);
        expect((await firm.getInvoice(invoiceKey("C1", "611365")))?.tenantId).toBe(firm.tenantId);
        expect((await firm.getUser("u-col"))?.tenantId).toBe(firm.tenantId);
        expect((await firm.findUserByEmail("pat@firm.example"))?.tenantId).toBe(firm.tenantId);
      }
      // Changing firm B's copy leaves firm A's untouched.
      const changed = { ...ledgerFixture(b.tenantId).invoices[0]!, balanceMinor: 1 };
      expect((await b.applyLedgerBatch({ invoices: [changed] }, "importer")).invoices.updated).toBe(1);
      expect((await a.getInvoice(changed.id))?.balanceMinor).toBe(100_000);
    });

    it("a record that names another firm is never written into that firm", async () => {
      const a = store().forTenant(newTenantId("a"));
      const b = store().forTenant(newTenantId("b"));
      const foreign = ledgerFixture(b.tenantId).clients.slice(0, 1);
      // Either refusing the record or storing it under the writer's own tenant is acceptable.
      await a.applyLedgerBatch({ clients: foreign }, "importer").catch(() => undefined);
      expect(await b.listClients()).toEqual([]);
      expect(await b.getClient("C1")).toBeUndefined();
      const mine = await a.getClient("C1");
      if (mine) expect(mine.tenantId).toBe(a.tenantId);
    });

    it("interactions and documents are per firm", async () => {
      const a = store().forTenant(newTenantId("a"));
      const b = store().forTenant(newTenantId("b"));
      await a.appendInteractions([note("C1", "n1", "2026-03-01T00:00:00.000Z")]);
      await b.appendInteractions([note("C1", "n1", "2026-03-01T00:00:00.000Z")]);
      await b.appendInteractions([note("C1", "n2", "2026-03-02T00:00:00.000Z")]);
      const chainA = await a.listInteractions({ clientId: "C1" });
      expect(chainA.map((r) => [r.id, r.tenantId])).toEqual([["n1", a.tenantId]]);
      expect(await verifyChain(chainA)).toEqual({ ok: true, checked: 1 });
      expect(await verifyChain(await b.listInteractions({ clientId: "C1" }))).toEqual({ ok: true, checked: 2 });
      expect((await a.listInteractions()).map((r) => r.id)).toEqual(["n1"]);

      const made = await a.documents.create("escalation", "e1", { from: "a" }, { actorId: "u", clientId: "C1" });
      expect(made.ok).toBe(true);
      expect(await b.documents.get("escalation", "e1")).toBeUndefined();
      expect(await b.documents.list("escalation")).toEqual([]);
      expect(await b.documents.list("escalation", { clientId: "C1" })).toEqual([]);
      expect(await b.documents.delete("escalation", "e1")).toBe(false);
      if (!made.ok) throw new Error("create failed");
      const crossReplace = await b.documents.replace(
        "escalation",
        "e1",
        {},
        { actorId: "u", ifMatch: made.value.etag },
      );
      expect(crossReplace.ok).toBe(false);
      expect((await b.documents.create("escalation", "e1", { from: "b" }, { actorId: "u", clientId: "C1" })).ok).toBe(
        true,
      );
      expect((await a.documents.get("escalation", "e1"))?.body).toEqual({ from: "a" });
      expect((await b.documents.get("escalation", "e1"))?.body).toEqual({ from: "b" });

      await a.putTenant({ id: a.tenantId, name: "A", timeZone: "UTC", defaultCurrency: "USD" });
      expect(await b.getTenant()).toBeUndefined();
    });
  });
}
