/** Unapplied payments over HTTP: the route's id arrives decoded once, and a specialist sees their own portfolio's. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SqliteStore } from "../adapters/sqlite/sqlite-store";
import { type LocalStack, startLocalStack } from "../test/support/local-stack";

let stack: LocalStack;
beforeAll(async () => {
  stack = await startLocalStack();
  const db = SqliteStore.open({ dataDir: stack.dataDir });
  const tenant = db.forTenant("demo-firm");
  const clients = await tenant.listClients();
  const other = clients.find((c) => c.collectorId !== "u-chen")!;
  const payment = (id: string, clientId?: string) => ({
    tenantId: "demo-firm",
    id,
    ...(clientId ? { clientId } : {}),
    receivedDate: "2026-11-20",
    amountMinor: 12_345,
    currency: "USD",
    applications: [],
    unappliedMinor: 12_345,
    reference: `wire ${id}`,
  });
  await tenant.applyLedgerBatch(
    { payments: [payment("UNAPPLIED-100%"), payment("UNAPPLIED-OTHER", other.id)] },
    "import",
  );
  await db.close();
});
afterAll(async () => stack?.stop());

describe("unapplied payments over HTTP", () => {
  it("takes an id with a percent sign as the host decoded it", async () => {
    const r = await stack.call(
      "POST",
      `/payments/${encodeURIComponent("UNAPPLIED-100%")}/apply`,
      await stack.tokenFor("u-whitfield"),
      { applications: [] },
    );
    expect(r.status).toBe(400);
    expect(r.json.detail).toBe("no open invoice to apply this payment to; give applications");
    const missing = await stack.call("POST", "/payments/nope%25x/apply", await stack.tokenFor("u-whitfield"), {});
    expect(missing.status).toBe(404);
  });

  it("lists and applies another portfolio's payment to a specialist as not found", async () => {
    const chen = await stack.tokenFor("u-chen");
    const list = await stack.call("GET", "/payments/unapplied", chen);
    expect(list.status).toBe(200);
    expect(list.json.map((v: { payment: { id: string } }) => v.payment.id)).toEqual(["UNAPPLIED-100%"]);
    const other = await stack.call("POST", "/payments/UNAPPLIED-OTHER/apply", chen, {});
    expect(other.status).toBe(404);
  });
});
