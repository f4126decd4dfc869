import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalStack, startLocalStack } from "../test/support/local-stack";

let stack: LocalStack;
beforeAll(async () => {
  stack = await startLocalStack({ asOf: "2026-11-23" });
});
afterAll(async () => stack?.stop());

describe("the local Functions host serves the real registrations", () => {
  it("registers every HTTP function with its route", () => {
    const routes = stack.host.registrations.map((r) => `${r.name} ${r.trigger.route}`);
    expect(routes).toEqual(
      expect.arrayContaining(["health-get health", "clients-match clients/match", "reports-aging reports/aging"]),
    );
  });

  it("answers health without a token and names the store", async () => {
    const r = await stack.call("GET", "/health");
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ status: "ok", store: "embedded" });
  });
});

describe("token validation", () => {
  it("refuses a missing, forged, expired or foreign-tenant token with problem+json", async () => {
    const missing = await stack.call("GET", "/clients/match?email=ap@x.example");
    expect(missing.status).toBe(401);
    expect(missing.headers.get("content-type")).toContain("application/problem+json");
    expect(missing.json.code).toBe("AUTH_MISSING");

    const good = await stack.tokenFor("u-whitfield");
    const [h, p] = good.split(".");
    const forged = `${h}.${p}.${"A".repeat(342)}`;
    expect((await stack.call("GET", "/reports/aging", forged)).status).toBe(401);

    const expired = await stack.tokenFor("u-whitfield", { lifetime: -3600 });
    expect((await stack.call("GET", "/reports/aging", expired)).json.code).toBe("AUTH_INVALID");

    const otherTenant = await stack.tokenFor("u-whitfield", { tenantId: "another-firm" });
    expect((await stack.call("GET", "/reports/aging", otherTenant)).status).toBe(401);
  });
});

describe("clients and aging", () => {
  it("matches a sender by contact address, then by domain, and refuses a non-address", async () => {
    const token = await stack.tokenFor("u-whitfield");
    const byContact = await stack.call("GET", "/clients/match?email=AP@northwind-logistics.example", token);
    expect(byContact.status).toBe(200);
    expect(byContact.json.method).toBe("contact");
    expect(byContact.json.client.clientId).toBe("CL-1001");
    const byDomain = await stack.call("GET", "/clients/match?email=someone.new@northwind-logistics.example", token);
    expect(byDomain.json.method).toBe("domain");
    const none = await stack.call("GET", "/clients/match?email=nobody@unknown.example", token);
    expect(none.json).toMatchObject({ method: "none", matches: [], client: null });
    expect((await stack.call("GET", "/clients/match?email=not-an-address", token)).status).toBe(400);
  });

  it("matches with the email in a POST body, so the client's words never sit in a URL", async () => {
    const token = await stack.tokenFor("u-whitfield");
    const byContact = await stack.call("POST", "/clients/match", token, { email: "AP@northwind-logistics.example" });
    expect(byContact.status).toBe(200);
    expect(byContact.json).toMatchObject({ method: "contact", client: { clientId: "CL-1001" } });
    const none = await stack.call("POST", "/clients/match", token, { email: "nobody@unknown.example", body: "Hello" });
    expect(none.json).toMatchObject({ method: "none", client: null });
    expect((await stack.call("POST", "/clients/match", token, { email: "not-an-address" })).status).toBe(400);
    expect((await stack.call("POST", "/clients/match", token, ["x"])).status).toBe(400);
  });

  it("keeps a specialist to their own portfolio", async () => {
    const chen = await stack.tokenFor("u-chen");
    // CL-1001 is collected by Jamie Chen, CL-1002 by Priya Nair.
    expect((await stack.call("GET", "/clients/CL-1001/summary", chen)).status).toBe(200);
    expect((await stack.call("GET", "/clients/CL-1002/summary", chen)).status).toBe(404);
    const aging = await stack.call("GET", "/reports/aging?by=client", chen);
    expect(aging.json.rows.every((r: { clientId: string }) => Number(r.clientId.slice(3)) % 2 === 1)).toBe(true);
  });

  it("totals the aging report to the sum of open balances to the cent", async () => {
    const token = await stack.tokenFor("u-whitfield");
    const summaryTotals: number[] = [];
    const aging = await stack.call("GET", "/reports/aging?by=client&asOf=2026-11-23", token);
    expect(aging.status).toBe(200);
    for (const row of aging.json.rows.slice(0, 5)) {
      const s = await stack.call("GET", `/clients/${row.clientId}/summary?asOf=2026-11-23`, token);
      const open = s.json.openInvoices.reduce((sum: number, i: { balanceMinor: number }) => sum + i.balanceMinor, 0);
      expect(open).toBe(row.totalMinor);
      summaryTotals.push(open);
    }
    const rowsSum = aging.json.rows.reduce((sum: number, r: { totalMinor: number }) => sum + r.totalMinor, 0);
    expect(aging.json.grandTotalMinor).toBe(rowsSum);
    expect((await stack.call("GET", "/reports/aging?by=galaxy", token)).status).toBe(400);
    expect((await stack.call("GET", "/reports/aging?asOf=2026-02-30", token)).status).toBe(400);
  });
});
