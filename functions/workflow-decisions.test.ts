/**
 * Decisions through the API on the embedded store: exactly once under concurrency, the authority
 * matrix routing amounts up, plans that reconcile to the cent, and concurrent updates to one
 * account that all land.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SqliteStore } from "../adapters/sqlite/sqlite-store";
import { addDays } from "../core/domain/dates";
import { type LocalStack, startLocalStack } from "../test/support/local-stack";

let stack: LocalStack;
const today = new Date().toISOString().slice(0, 10);
const token = (id: string) => stack.tokenFor(id);
beforeAll(async () => {
  stack = await startLocalStack({ asOf: today });
  // CL-BIG: Delgado's client (her limit: $10,000), collected by Chen, owing $150,000 on three invoices.
  const db = SqliteStore.open({ dataDir: stack.dataDir });
  const invoice = (n: number, dueIn: number, amountMinor: number) => ({
    tenantId: "demo-firm",
    id: `CL-BIG|${n}`,
    clientId: "CL-BIG",
    number: `B${n}`,
    invoiceDate: addDays(today, dueIn - 30),
    dueDate: addDays(today, dueIn),
    amountMinor,
    balanceMinor: amountMinor,
    currency: "USD",
    status: "open" as const,
    disputed: false,
  });
  await db.forTenant("demo-firm").applyLedgerBatch(
    {
      clients: [
        {
          tenantId: "demo-firm",
          id: "CL-BIG",
          name: "Bigco Industries",
          contacts: [{ email: "ap@bigco.example" }],
          emailDomains: ["bigco.example"],
          billingPartnerId: "u-delgado",
          collectorId: "u-chen",
          language: "en",
          preferredChannel: "email",
        },
      ],
      invoices: [invoice(1, -70, 5_000_000), invoice(2, -40, 5_000_000), invoice(3, -10, 5_000_000)],
    },
    "import",
  );
  await db.close();
});
afterAll(async () => stack?.stop());

/** CL-1003 is Delgado's client (limit $10,000), collected by Chen. */
async function escalate(clientId = "CL-1003") {
  const r = await stack.call("POST", "/escalations", await token("u-chen"), {
    clientId,
    reason: "No answer to three reminders",
  });
  expect([200, 201]).toContain(r.status);
  return r.json as { id: string; routedTo: string; status: string };
}

describe("escalation decisions over HTTP", () => {
  it("two partners approving at once: exactly one decision, the other told who decided and when", async () => {
    const esc = await escalate();
    expect(esc.routedTo).toBe("u-delgado");
    const [a, b] = await Promise.all([
      stack.call("POST", `/escalations/${esc.id}/decision`, await token("u-delgado"), { option: "partner-call" }),
      stack.call("POST", `/escalations/${esc.id}/decision`, await token("u-whitfield"), { option: "committee" }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    const state = (await stack.call("GET", `/escalations/${esc.id}`, await token("u-whitfield"))).json;
    expect(state.status).toBe("decided");
    expect(loser.json).toMatchObject({
      code: "ALREADY_DECIDED",
      detail: `decided by ${state.decision.decidedByName} at ${state.decision.decidedAt}`,
    });
    // A third click later gets the same answer.
    expect(
      (await stack.call("POST", `/escalations/${esc.id}/decision`, await token("u-delgado"), { option: "decline" }))
        .json.code,
    ).toBe("ALREADY_DECIDED");
  });

  it("routes a plan above the partner's limit to the manager, who then decides it", async () => {
    const esc = await escalate("CL-BIG");
    const details = { count: 3, startDate: addDays(today, 7), amountMinor: 1_500_000 };
    const routed = await stack.call("POST", `/escalations/${esc.id}/decision`, await token("u-delgado"), {
      option: "payment-plan",
      details,
    });
    expect(routed.json).toMatchObject({ outcome: "routed", routedTo: "u-whitfield", level: "manager" });
    expect(routed.json.escalation.proposal).toMatchObject({
      option: "payment-plan",
      amountMinor: 1_500_000,
      proposedBy: "u-delgado",
    });
    const mine = (await stack.call("GET", "/approvals", await token("u-whitfield"))).json;
    expect(mine.escalations.map((e: { id: string }) => e.id)).toContain(esc.id);
    expect(
      (await stack.call("POST", `/escalations/${esc.id}/decision`, await token("u-delgado"), { option: "decline" }))
        .status,
    ).toBe(403);
    const decided = await stack.call("POST", `/escalations/${esc.id}/decision`, await token("u-whitfield"), {
      option: "payment-plan",
      details,
    });
    expect(decided.json).toMatchObject({ outcome: "decided", escalation: { status: "decided" } });
    const plan = (await stack.call("GET", `/plans/${decided.json.effects.planId}`, await token("u-chen"))).json;
    expect(plan).toMatchObject({ status: "active", totalMinor: 1_500_000 });
  });

  it("write-off requests follow the matrix: partner, manager, committee", async () => {
    const chen = await token("u-chen");
    const request = (amountMinor: number) =>
      stack.call("POST", "/write-offs", chen, { clientId: "CL-BIG", amountMinor, reason: "Settlement" });
    expect((await request(1_000_000)).json).toMatchObject({ routedTo: "u-delgado", approvalLevel: "partner" });
    expect((await request(1_000_001)).json).toMatchObject({ routedTo: "u-whitfield", approvalLevel: "manager" });
    const committee = await request(12_000_000);
    expect(committee.json).toMatchObject({ routedTo: "committee", approvalLevel: "committee" });
    expect((await request(15_000_001)).status).toBe(400);
    expect(
      (
        await stack.call("POST", `/write-offs/${committee.json.id}/decision`, await token("u-delgado"), {
          approve: true,
        })
      ).status,
    ).toBe(403);
    const decided = await stack.call("POST", `/write-offs/${committee.json.id}/decision`, await token("u-whitfield"), {
      approve: false,
      note: "Keep chasing",
    });
    expect(decided.json).toMatchObject({ status: "rejected", decision: { approved: false, asCommittee: true } });
  });
});

describe("plans over HTTP reconcile to the cent", () => {
  it("splits an odd total evenly with the extra cents first, and refuses custom amounts that do not add up", async () => {
    const chen = await token("u-chen");
    const start = addDays(today, 10);
    const even = await stack.call("POST", "/plans", chen, {
      clientId: "CL-BIG",
      amountMinor: 100_001,
      count: 3,
      startDate: start,
    });
    expect(even.status).toBe(201);
    expect(even.json.installments.map((i: { amountMinor: number }) => i.amountMinor)).toEqual([33_334, 33_334, 33_333]);
    const bad = await stack.call("POST", "/plans", chen, {
      clientId: "CL-BIG",
      amountMinor: 100_000,
      amounts: [50_000, 49_999],
      startDate: start,
    });
    expect(bad.status).toBe(400);
    expect(bad.json.detail).toBe("installments add up to 999.99, the plan total is 1000.00");
    const custom = await stack.call("POST", "/plans", chen, {
      clientId: "CL-BIG",
      amountMinor: 100_000,
      amounts: [60_000, 40_000],
      startDate: start,
      cadence: "weekly",
    });
    expect(custom.json.installments.map((i: { dueDate: string }) => i.dueDate)).toEqual([start, addDays(start, 7)]);
  });
});

describe("concurrent updates to one account", () => {
  it("all land through optimistic concurrency (no lost update)", async () => {
    const people = ["u-chen", "u-chen", "u-delgado", "u-whitfield", "u-delgado", "u-chen"];
    const results = await Promise.all(
      people.map(async (who, i) =>
        stack.call(
          "POST",
          "/clients/CL-1003/sequence",
          await token(who),
          i % 2 ? { action: "reply-handled" } : { action: "pause", reason: `note ${i}` },
        ),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(people.map(() => 200));
    const state = (await stack.call("GET", "/clients/CL-1003/sequence", await token("u-chen"))).json;
    expect(state.log).toHaveLength(people.length);
    expect(
      state.log
        .filter((l: { action: string }) => l.action === "pause")
        .map((l: { reason: string }) => l.reason)
        .sort(),
    ).toEqual(["note 0", "note 2", "note 4"]);
  });
});
