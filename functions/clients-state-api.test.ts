import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalStack, startLocalStack } from "../test/support/local-stack";

const AS_OF = "2026-11-23";
let stack: LocalStack;
beforeAll(async () => {
  stack = await startLocalStack({ asOf: AS_OF });
});
afterAll(async () => stack?.stop());

describe("GET /clients/{clientId}/state shows where the client is in its follow-up sequence", () => {
  it("names the sequence, the step due and the next step, and moves on once the daily run drafts it", async () => {
    const chen = await stack.tokenFor("u-chen");
    const before = await stack.call("GET", `/clients/CL-1003/state?asOf=${AS_OF}`, chen);
    expect(before.status).toBe(200);
    // The workflow documents are still there beside the new field.
    expect(before.json).toMatchObject({ clientId: "CL-1003", promises: [], disputes: [], holds: [], escalations: [] });
    expect(before.json.other).toHaveProperty("payment-plan");
    expect(before.json.other).toHaveProperty("sequence-state");
    const sequence = before.json.sequence;
    expect(sequence).toMatchObject({
      clientId: "CL-1003",
      asOf: AS_OF,
      status: "active",
      sequence: { id: "standard", name: "Standard business client" },
      next: { date: AS_OF, channel: "email" },
    });
    expect(sequence.invoices).toBeGreaterThan(0);
    const { invoiceId, stepId } = sequence.next;

    const manager = await stack.tokenFor("u-whitfield");
    expect((await stack.call("POST", "/sequences/run", manager, { asOf: AS_OF })).status).toBe(200);

    const after = (await stack.call("GET", `/clients/CL-1003/state?asOf=${AS_OF}`, chen)).json.sequence;
    expect(after.current).toMatchObject({ invoiceId, stepId, state: "drafted", draftedOn: AS_OF });
    expect(after.next?.date ?? "9999-12-31").not.toBe(AS_OF);
    const drafts = await stack.call("GET", "/drafts?clientId=CL-1003", chen);
    expect(
      drafts.json.map((d: { stepId: string; invoiceIds: string[] }) => [d.stepId, d.invoiceIds.includes(invoiceId)]),
    ).toContainEqual([stepId, true]);
  });

  it("reports the pause and its reason once a dispute covers the client", async () => {
    const chen = await stack.tokenFor("u-chen");
    expect(
      (await stack.call("POST", "/clients/CL-1001/disputes", chen, { reasonCode: "fee-dispute", invoiceIds: [] }))
        .status,
    ).toBe(201);
    const state = await stack.call("GET", `/clients/CL-1001/state?asOf=${AS_OF}`, chen);
    expect(state.json.disputes).toHaveLength(1);
    expect(state.json.sequence).toMatchObject({
      status: "paused",
      invoices: 0,
      paused: { reasons: [{ reason: "dispute" }] },
    });
    expect(state.json.sequence.next).toBeUndefined();
  });

  it("refuses a malformed asOf and another collector's client", async () => {
    const chen = await stack.tokenFor("u-chen");
    const bad = await stack.call("GET", "/clients/CL-1001/state?asOf=2026-13-01", chen);
    expect(bad.status).toBe(400);
    expect(bad.json.detail).toContain("asOf");
    expect((await stack.call("GET", `/clients/CL-1002/state?asOf=${AS_OF}`, chen)).status).toBe(404);
  });
});
