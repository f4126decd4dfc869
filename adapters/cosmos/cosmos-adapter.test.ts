/** Cosmos-specific behaviour beyond the shared contract: item placement, roll-forward, awkward ids. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chainInteraction, verifyChain } from "../../core/audit/hash-chain";
import { invoiceKey } from "../../core/domain/keys";
import { ledgerFixture, newTenantId, note } from "../store-contract/fixtures";
import { type StandIn, startCosmosStandIn } from "./cosmos-stand-in";
import { type CosmosStore, openCosmosStore } from "./cosmos-store";

let standIn: StandIn;
let store: CosmosStore;

beforeAll(async () => {
  standIn = await startCosmosStandIn();
  store = await openCosmosStore({ ...standIn.connection, database: standIn.database });
});
afterAll(async () => {
  await store.close();
  await standIn.stop();
});

const raw = (container: "ledger" | "firm") => standIn.client.database(standIn.database).container(container);

describe("CosmosStore", () => {
  it("places ledger records in their client's partition and users and documents in the firm's", async () => {
    const tenant = store.forTenant(newTenantId());
    const t = tenant.tenantId;
    await tenant.applyLedgerBatch(ledgerFixture(t), "importer");
    await tenant.documents.upsert("draft", "d1", { x: 1 }, { actorId: "u", clientId: "C1" });
    const read = async (container: "ledger" | "firm", id: string, key: string | string[]) =>
      (await raw(container).item(id, key).read()).resource;
    expect(await read("ledger", "client:C1", [t, "C1"])).toMatchObject({ type: "client", clientId: "C1" });
    expect(await read("ledger", `invoice:${invoiceKey("C2", "611365")}`, [t, "C2"])).toMatchObject({
      numberKey: "611365",
    });
    expect(await read("ledger", "payment:P2", [t, "~none"])).toMatchObject({ type: "payment" });
    expect(await read("firm", "user:u-col", t)).toMatchObject({ emails: ["colin.collector@firm.example"] });
    expect(await read("firm", "doc:draft:d1", t)).toMatchObject({ kind: "draft", docId: "d1", clientId: "C1" });
    expect(await store.ping()).toBe(true);
  });

  it("rolls forward records whose head was committed before a crash", async () => {
    const tenant = store.forTenant(newTenantId());
    const t = tenant.tenantId;
    const committed = await chainInteraction(
      { ...note("C1", "lost", "2026-03-01T00:00:00.000Z"), tenantId: t },
      undefined,
    );
    const pendingItem = {
      id: "interaction:lost",
      type: "interaction",
      tenantId: t,
      clientId: "C1",
      seq: 1,
      data: committed,
    };
    const head = { id: "chainhead:C1", type: "chainhead", tenantId: t, clientId: "C1", seq: 1, hash: committed.hash };
    await raw("ledger").items.create({ ...head, pending: [pendingItem] });
    expect(await tenant.listInteractions({ clientId: "C1" })).toEqual([]);

    const [next] = await tenant.appendInteractions([note("C1", "next", "2026-03-02T00:00:00.000Z")]);
    expect(next?.prevHash).toBe(committed.hash);
    const chain = await tenant.listInteractions({ clientId: "C1" });
    expect(chain.map((r) => r.id)).toEqual(["lost", "next"]);
    expect(await verifyChain(chain)).toEqual({ ok: true, checked: 2 });
  });

  it("treats a replay of the last append as done, and refuses to reuse an id otherwise", async () => {
    const tenant = store.forTenant(newTenantId());
    const batch = [note("C1", "n1", "2026-03-01T00:00:00.000Z"), note("C1", "n2", "2026-03-01T00:00:00.000Z")];
    const first = await tenant.appendInteractions(batch);
    expect(await tenant.appendInteractions(batch)).toEqual(first);
    const reused = tenant.appendInteractions([note("C1", "n1", "2026-03-02T00:00:00.000Z")]);
    await expect(reused).rejects.toThrow(/already used/);
    const chain = await tenant.listInteractions({ clientId: "C1" });
    expect(await verifyChain(chain)).toEqual({ ok: true, checked: 2 });
  });

  it("accepts ids with characters Cosmos forbids in item ids", async () => {
    const tenant = store.forTenant(newTenantId());
    const [client] = ledgerFixture(tenant.tenantId).clients;
    const odd = { ...client!, id: "ACME/NY#1?" };
    await tenant.applyLedgerBatch({ clients: [odd] }, "importer");
    expect((await tenant.getClient("ACME/NY#1?"))?.name).toBe("Acme");
    const made = await tenant.documents.create("note", "a/b?c#d", { ok: 1 }, { actorId: "u", clientId: "ACME/NY#1?" });
    expect(made.ok).toBe(true);
    expect((await tenant.documents.get("note", "a/b?c#d"))?.clientId).toBe("ACME/NY#1?");
  });
});
