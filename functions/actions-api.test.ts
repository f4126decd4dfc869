import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyChain } from "../core/audit/hash-chain";
import { SqliteStore } from "../adapters/sqlite/sqlite-store";
import { type LocalStack, startLocalStack } from "../test/support/local-stack";

let stack: LocalStack;
beforeAll(async () => {
  stack = await startLocalStack({ asOf: "2026-11-23" });
});
afterAll(async () => stack?.stop());

describe("specialist actions write the workflow state and the audit trail", () => {
  it("records a promise, a dispute, a note and a hold, and shows them in the client state", async () => {
    const chen = await stack.tokenFor("u-chen");
    const promise = await stack.call("POST", "/clients/CL-1001/promises", chen, {
      amountMinor: 125000,
      date: "2026-12-05",
    });
    expect(promise.status).toBe(201);
    expect(promise.json).toMatchObject({
      clientId: "CL-1001",
      amountMinor: 125000,
      promisedDate: "2026-12-05",
      status: "open",
      recordedBy: "u-chen",
    });

    const dispute = await stack.call("POST", "/clients/CL-1001/disputes", chen, {
      reasonCode: "fee-dispute",
      note: "Partner hours questioned",
    });
    expect(dispute.status).toBe(201);
    expect(dispute.json.routedTo).toBe("u-hartwell");

    expect(
      (
        await stack.call("POST", "/clients/CL-1001/interactions", chen, {
          kind: "call",
          summary: "Spoke with AP, cheque is in the mail",
        })
      ).status,
    ).toBe(201);
    expect(
      (await stack.call("POST", "/clients/CL-1001/holds", chen, { until: "2026-12-15", reason: "Partner negotiating" }))
        .status,
    ).toBe(201);

    const state = await stack.call("GET", "/clients/CL-1001/state", chen);
    expect(state.json.promises).toHaveLength(1);
    expect(state.json.disputes[0].reasonCode).toBe("fee-dispute");
    expect(state.json.holds[0].until).toBe("2026-12-15");

    const store = SqliteStore.open({ dataDir: stack.dataDir });
    const trail = await store.forTenant("demo-firm").listInteractions({ clientId: "CL-1001" });
    await store.close();
    expect(trail.slice(-4).map((i) => i.kind)).toEqual(["promise", "dispute", "call", "hold"]);
    expect(trail.slice(-4).every((i) => i.actorId === "u-chen")).toBe(true);
    expect((await verifyChain(trail)).ok).toBe(true);
  });

  it("rejects bad input with the field named, and another collector's client as not found", async () => {
    const chen = await stack.tokenFor("u-chen");
    const bad = await stack.call("POST", "/clients/CL-1001/promises", chen, { amountMinor: 12.5, date: "2026-12-05" });
    expect(bad.status).toBe(400);
    expect(bad.json.detail).toContain("amountMinor");
    expect((await stack.call("POST", "/clients/CL-1001/disputes", chen, { reasonCode: "bored" })).status).toBe(400);
    expect(
      (await stack.call("POST", "/clients/CL-1001/holds", chen, { until: "2020-01-01", reason: "x" })).status,
    ).toBe(400);
    expect(
      (await stack.call("POST", "/clients/CL-1002/promises", chen, { amountMinor: 100, date: "2026-12-05" })).status,
    ).toBe(404);
    expect((await stack.call("POST", "/clients/CL-1001/promises", chen, undefined)).status).toBe(400);
  });

  it("requests one escalation per client with its evidence, readable by the routed partner", async () => {
    const nair = await stack.tokenFor("u-nair");
    const first = await stack.call("POST", "/escalations", nair, {
      clientId: "CL-1002",
      reason: "Three reminders unanswered",
      requestedOption: "partner-call",
    });
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ status: "pending", routedTo: "u-pryce", requestedOption: "partner-call" });
    expect(first.json.evidence.collectorNote).toBe("Three reminders unanswered");
    const again = await stack.call("POST", "/escalations", nair, { clientId: "CL-1002", reason: "again" });
    expect(again.status).toBe(200);
    expect(again.json.id).toBe(first.json.id);
    const pryce = await stack.tokenFor("u-pryce");
    expect((await stack.call("GET", `/escalations/${first.json.id}`, pryce)).json.status).toBe("pending");
    const chen = await stack.tokenFor("u-chen");
    expect((await stack.call("GET", `/escalations/${first.json.id}`, chen)).status).toBe(404);
  });
});
