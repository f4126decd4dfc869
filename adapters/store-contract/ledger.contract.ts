/** Contract: ledger upserts (counts, stamps) and the ledger queries of `TenantStore`. */
import { describe, expect, it } from "vitest";
import { invoiceKey } from "../../core/domain/keys";
import type { Store } from "../../core/ports/store.port";
import { content, ids, ledgerFixture, newTenantId } from "./fixtures";

export function ledgerContract(store: () => Store): void {
  async function seeded() {
    const tenantId = newTenantId();
    const tenant = store().forTenant(tenantId);
    const batch = ledgerFixture(tenantId);
    const counts = await tenant.applyLedgerBatch(batch, "importer-1");
    return { tenant, batch, counts };
  }

  describe("applyLedgerBatch", () => {
    it("counts created, then unchanged on a re-apply, then exactly the changed records", async () => {
      const { tenant, batch, counts } = await seeded();
      expect(counts).toEqual({
        clients: { created: 3, updated: 0, unchanged: 0 },
        matters: { created: 2, updated: 0, unchanged: 0 },
        invoices: { created: 5, updated: 0, unchanged: 0 },
        payments: { created: 2, updated: 0, unchanged: 0 },
        credits: { created: 1, updated: 0, unchanged: 0 },
        users: { created: 2, updated: 0, unchanged: 0 },
      });
      const again = await tenant.applyLedgerBatch(ledgerFixture(tenant.tenantId), "importer-2");
      for (const c of Object.values(again)) expect(c.created + c.updated).toBe(0);
      expect(again.invoices.unchanged).toBe(5);

      const [first, ...rest] = batch.invoices;
      const changed = { ...first!, balanceMinor: 1_234 };
      const extra = { ...first!, id: invoiceKey("C1", "NEW-1"), number: "NEW-1" };
      const third = await tenant.applyLedgerBatch({ invoices: [changed, ...rest, extra] }, "importer-3");
      expect(third.invoices).toEqual({ created: 1, updated: 1, unchanged: 4 });
      expect(third.clients).toEqual({ created: 0, updated: 0, unchanged: 0 });
      expect((await tenant.getInvoice(changed.id))?.balanceMinor).toBe(1_234);
    });

    it("reports progress that only grows and ends at the batch's record count", async () => {
      const tenant = store().forTenant(newTenantId());
      const batch = ledgerFixture(tenant.tenantId);
      const total = Object.values(batch).reduce((n, records) => n + records.length, 0);
      const seen: [number, number][] = [];
      const onProgress = (written: number, of: number) => void seen.push([written, of]);
      await tenant.applyLedgerBatch(batch, "importer-1", { onProgress });
      expect(total).toBe(15);
      expect(seen.at(-1)).toEqual([15, 15]);
      expect(seen.every(([, of]) => of === 15)).toBe(true);
      expect(seen.map(([w]) => w)).toEqual([...seen.map(([w]) => w)].sort((a, b) => a - b));
      // A re-apply writes nothing and still reaches the total (unchanged records count as handled).
      seen.length = 0;
      await tenant.applyLedgerBatch(ledgerFixture(tenant.tenantId), "importer-2", { onProgress });
      expect(seen.at(-1)).toEqual([15, 15]);
    });

    it("stamps who and when: creation kept on update, unchanged records not rewritten", async () => {
      const { tenant, batch } = await seeded();
      const created = (await tenant.getClient("C1"))?.stamp;
      expect(created?.createdBy).toBe("importer-1");
      expect(created?.updatedBy).toBe("importer-1");
      expect(Number.isNaN(Date.parse(created?.createdAt ?? ""))).toBe(false);

      // A caller-supplied stamp is ignored, both for storage and for the "unchanged" comparison.
      const forged = { by: "mallory", at: "1999-01-01T00:00:00.000Z" };
      const stampOf = { createdAt: forged.at, createdBy: forged.by, updatedAt: forged.at, updatedBy: forged.by };
      const same = batch.clients.map((c) => ({ ...c, stamp: stampOf }));
      const counts = await tenant.applyLedgerBatch({ clients: same }, "importer-2");
      expect(counts.clients.unchanged).toBe(3);
      expect((await tenant.getClient("C1"))?.stamp).toEqual(created);

      const renamed = { ...batch.clients[0]!, name: "Acme Holdings", stamp: stampOf };
      await tenant.applyLedgerBatch({ clients: [renamed] }, "importer-3");
      const updated = (await tenant.getClient("C1"))?.stamp;
      expect(updated?.createdBy).toBe("importer-1");
      expect(updated?.createdAt).toBe(created?.createdAt);
      expect(updated?.updatedBy).toBe("importer-3");
      expect((updated?.updatedAt ?? "") >= (created?.updatedAt ?? "~")).toBe(true);
    });

    it("updates, never duplicates, a payment that is matched to a client later", async () => {
      const { tenant, batch } = await seeded();
      const matched = { ...batch.payments[1]!, clientId: "C2", unappliedMinor: 0 };
      const counts = await tenant.applyLedgerBatch({ payments: [matched] }, "matcher");
      expect(counts.payments).toEqual({ created: 0, updated: 1, unchanged: 0 });
      expect(ids(await tenant.listPayments())).toEqual(["P1", "P2"]);
      expect(ids(await tenant.listPayments("C2"))).toEqual(["P2"]);
      const stored = (await tenant.listPayments("C2"))[0];
      expect(stored?.stamp).toMatchObject({ createdBy: "importer-1", updatedBy: "matcher" });
      expect((await tenant.applyLedgerBatch({ payments: [matched] }, "matcher")).payments.unchanged).toBe(1);
    });

    it("reads back what was written", async () => {
      const { tenant, batch } = await seeded();
      expect(content(await tenant.getClient("C2"))).toEqual(batch.clients[1]);
      expect(content(await tenant.getInvoice(batch.invoices[2]!.id))).toEqual(batch.invoices[2]);
      expect(content(await tenant.getUser("u-p1"))).toEqual(batch.users[1]);
      expect(await tenant.getClient("nope")).toBeUndefined();
      expect(await tenant.getInvoice("nope")).toBeUndefined();
      expect(await tenant.getUser("nope")).toBeUndefined();
    });

    it("returns copies: mutating a result does not change the store", async () => {
      const { tenant } = await seeded();
      const c = await tenant.getClient("C1");
      c!.name = "Mutated";
      c!.contacts.push({ email: "x@y.z" });
      const again = await tenant.getClient("C1");
      expect(again?.name).toBe("Acme");
      expect(again?.contacts).toHaveLength(2);
    });
  });

  describe("ledger queries", () => {
    it("lists invoices: all, by client, open only (balance > 0 and status open)", async () => {
      const { tenant, batch } = await seeded();
      const inv = batch.invoices;
      expect(ids(await tenant.listInvoices())).toEqual(ids(inv));
      expect(ids(await tenant.listInvoices({ clientId: "C1" }))).toEqual(ids([inv[0]!, inv[1]!]));
      expect(ids(await tenant.listInvoices({ openOnly: true }))).toEqual(ids([inv[0]!, inv[2]!]));
      expect(ids(await tenant.listInvoices({ openOnly: true, clientId: "C2" }))).toEqual([inv[2]!.id]);
      expect(await tenant.listInvoices({ clientId: "nobody" })).toEqual([]);
    });

    it("finds invoices by normalized number", async () => {
      const { tenant } = await seeded();
      const both = [invoiceKey("C1", "611365"), invoiceKey("C2", "611365")].sort();
      expect(ids(await tenant.findInvoicesByNumber("0000611365"))).toEqual(both);
      expect(ids(await tenant.findInvoicesByNumber(" 611365 "))).toEqual(both);
      expect(ids(await tenant.findInvoicesByNumber("inv-7"))).toEqual([invoiceKey("C1", "INV-7")]);
      expect(ids(await tenant.findInvoicesByNumber("42"))).toEqual([invoiceKey("C2", "0042")]);
      expect(await tenant.findInvoicesByNumber("611366")).toEqual([]);
    });

    it("finds clients by contact email (case-insensitive) and by domain", async () => {
      const { tenant } = await seeded();
      expect(ids(await tenant.findClientsByContactEmail("ap@ACME.com"))).toEqual(["C1"]);
      expect(ids(await tenant.findClientsByContactEmail("Jane.Doe@Globex.com"))).toEqual(["C2"]);
      expect(await tenant.findClientsByContactEmail("someone@acme.com")).toEqual([]);
      expect(ids(await tenant.findClientsByDomain("globex.co.uk"))).toEqual(["C2"]);
      expect(ids(await tenant.findClientsByDomain("acme.com"))).toEqual(["C1"]);
      expect(await tenant.findClientsByDomain("example.com")).toEqual([]);
    });

    it("lists clients with collector and billing partner filters", async () => {
      const { tenant } = await seeded();
      expect(ids(await tenant.listClients())).toEqual(["C1", "C2", "C3"]);
      expect(ids(await tenant.listClients({ collectorId: "u-col" }))).toEqual(["C1", "C2"]);
      expect(ids(await tenant.listClients({ billingPartnerId: "u-p1" }))).toEqual(["C1", "C3"]);
      expect(ids(await tenant.listClients({ collectorId: "u-col", billingPartnerId: "u-p2" }))).toEqual(["C2"]);
      expect(await tenant.listClients({ collectorId: "u-none" })).toEqual([]);
    });

    it("lists matters, payments and credits, all or by client", async () => {
      const { tenant, batch } = await seeded();
      expect(ids(await tenant.listMatters())).toEqual(ids(batch.matters));
      expect((await tenant.listMatters("C2")).map((m) => m.clientId)).toEqual(["C2"]);
      expect(await tenant.listMatters("C3")).toEqual([]);
      expect(ids(await tenant.listPayments())).toEqual(["P1", "P2"]);
      expect(ids(await tenant.listPayments("C1"))).toEqual(["P1"]);
      expect(content((await tenant.listPayments()).find((p) => p.id === "P2"))).toEqual(batch.payments[1]);
      expect(ids(await tenant.listCredits())).toEqual(["CR1"]);
      expect(ids(await tenant.listCredits("C2"))).toEqual(["CR1"]);
      expect(await tenant.listCredits("C1")).toEqual([]);
    });

    it("finds users by email (case-insensitive) and lists them", async () => {
      const { tenant } = await seeded();
      expect((await tenant.findUserByEmail("colin.collector@firm.example"))?.id).toBe("u-col");
      expect((await tenant.findUserByEmail("PAT@firm.example"))?.id).toBe("u-p1");
      expect(await tenant.findUserByEmail("nobody@firm.example")).toBeUndefined();
      expect(ids(await tenant.listUsers())).toEqual(["u-col", "u-p1"]);
    });
  });

  describe("tenant record", () => {
    it("gets, puts and lists tenants", async () => {
      const a = store().forTenant(newTenantId());
      const b = store().forTenant(newTenantId());
      expect(await a.getTenant()).toBeUndefined();
      const firm = { id: a.tenantId, name: "Firm A", timeZone: "America/New_York", defaultCurrency: "USD" };
      await a.putTenant(firm);
      await b.putTenant({ ...firm, id: b.tenantId, name: "Firm B" });
      expect(await a.getTenant()).toEqual(firm);
      await a.putTenant({ ...firm, nudgeStartDate: "2026-04-01" });
      expect((await a.getTenant())?.nudgeStartDate).toBe("2026-04-01");
      expect((await b.getTenant())?.name).toBe("Firm B");
      const listed = await store().listTenantIds();
      expect(listed).toEqual(expect.arrayContaining([a.tenantId, b.tenantId]));
      expect(await store().ping()).toBe(true);
    });
  });
}
