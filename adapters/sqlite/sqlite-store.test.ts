import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { invoiceKey } from "../../core/domain/keys";
import { describeStoreContract } from "../store-contract";
import { SqliteStore } from "./sqlite-store";

describeStoreContract("embedded (SQLite)", async () => {
  const dir = mkdtempSync(join(tmpdir(), "nudge-sqlite-"));
  const store = SqliteStore.open({ dataDir: dir });
  return {
    store,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe("embedded store on disk", () => {
  it("keeps data across a restart in its data folder", async () => {
    const dir = mkdtempSync(join(tmpdir(), "nudge-sqlite-"));
    try {
      const first = SqliteStore.open({ dataDir: dir });
      const t = first.forTenant("firm-a");
      await t.putTenant({ id: "firm-a", name: "A", timeZone: "UTC", defaultCurrency: "USD" });
      await t.applyLedgerBatch(
        {
          clients: [
            {
              tenantId: "firm-a",
              id: "c1",
              name: "C",
              contacts: [],
              emailDomains: [],
              language: "en",
              preferredChannel: "email",
            },
          ],
          invoices: [
            {
              tenantId: "firm-a",
              id: invoiceKey("c1", "INV-1"),
              clientId: "c1",
              number: "INV-1",
              invoiceDate: "2024-01-01",
              dueDate: "2024-01-31",
              amountMinor: 100,
              balanceMinor: 100,
              currency: "USD",
              status: "open",
              disputed: false,
            },
          ],
        },
        "test",
      );
      await first.close();
      const second = SqliteStore.open({ dataDir: dir });
      expect(await second.listTenantIds()).toEqual(["firm-a"]);
      expect((await second.forTenant("firm-a").listInvoices({ openOnly: true })).map((i) => i.number)).toEqual([
        "INV-1",
      ]);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reports batch progress every 10,000 records and once at the end", async () => {
    const store = SqliteStore.open({ dataDir: ":memory:" });
    const t = store.forTenant("firm-a");
    const clients = Array.from({ length: 25_000 }, (_, i) => ({
      tenantId: "firm-a",
      id: `c${i}`,
      name: "C",
      contacts: [],
      emailDomains: [],
      language: "en",
      preferredChannel: "email" as const,
    }));
    const seen: [number, number][] = [];
    await t.applyLedgerBatch({ clients }, "test", { onProgress: (written, total) => seen.push([written, total]) });
    expect(seen).toEqual([
      [10_000, 25_000],
      [20_000, 25_000],
      [25_000, 25_000],
    ]);
    expect((await t.listClients()).length).toBe(25_000);
    await store.close();
  });

  it("rolls back a whole batch when one record cannot be written", async () => {
    const store = SqliteStore.open({ dataDir: ":memory:" });
    const t = store.forTenant("firm-a");
    const client = {
      tenantId: "firm-a",
      id: "c1",
      name: "C",
      contacts: [],
      emailDomains: [],
      language: "en",
      preferredChannel: "email" as const,
    };
    const bad = { ...client, id: "c2", contacts: [{ email: undefined as unknown as string }] };
    await expect(t.applyLedgerBatch({ clients: [client, bad] }, "test")).rejects.toThrow();
    expect(await t.listClients()).toEqual([]);
    await store.close();
  });
});
