import functions from "@azure/functions";
import { describe, expect, it } from "vitest";
import { MemoryStore } from "../adapters/fakes/memory-store";
import {
  IDEMPOTENCY_KIND,
  type IdempotencyRecord,
  KEY_LIFETIME_MS,
  MAX_STORED_BODY_CHARS,
  RUNNING_LEASE_MS,
} from "../core/idempotency/idempotency";
import type { Principal } from "../core/ports/principal";
import type { HttpResponseInit } from "./azure";
import { type IdempotencyGate, openIdempotencyGate, replay, toStoredResponse } from "./idempotency";

const principal: Principal = {
  tenantId: "firm",
  userId: "u-chen",
  email: "jamie.chen@firm.example",
  name: "Jamie Chen",
  roles: ["specialist"],
};
const t0 = new Date("2026-11-23T10:00:00.000Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
const route = "clients/{clientId}/promises";

function request(body: unknown, key: string | undefined, path = "/api/clients/CL-1/promises") {
  return new functions.HttpRequest({
    method: "POST",
    url: `http://localhost${path}`,
    headers: key === undefined ? {} : { "idempotency-key": key },
    body: { string: JSON.stringify(body) },
  });
}

function setup() {
  const store = new MemoryStore().forTenant("firm");
  const gate = (body: unknown, key: string | undefined, now: Date) =>
    openIdempotencyGate({ request: request(body, key), store, principal, route, now });
  const records = () => store.documents.list<IdempotencyRecord>(IDEMPOTENCY_KIND);
  return { store, gate, records };
}

function claimed(gate: IdempotencyGate) {
  if (gate.kind !== "claimed") throw new Error(`expected a claim, got ${gate.kind}`);
  return gate;
}

const created: HttpResponseInit = { status: 201, jsonBody: { id: "p1", note: "Client says cheque sent" } };

describe("openIdempotencyGate", () => {
  it("lets a request without a key through untouched and stores nothing", async () => {
    const { gate, records } = setup();
    expect(await gate({ amountMinor: 1 }, undefined, t0)).toEqual({ kind: "none" });
    expect(await records()).toEqual([]);
  });

  it("keeps a fingerprint and the answer, never the request body", async () => {
    const { gate, records } = setup();
    const secret = { amountMinor: 1, note: "Confidential: partner fee dispute" };
    const first = claimed(await gate(secret, "k1", t0));
    const [running] = await records();
    expect(running?.body.state).toBe("running");
    expect(JSON.stringify(running)).not.toContain("Confidential");
    await first.finish(created);
    const [done] = await records();
    expect(done?.body).toMatchObject({ state: "done", response: { status: 201 } });
    expect(JSON.stringify(done)).not.toContain("Confidential");
    const again = await gate(secret, "k1", at(1000));
    expect(again).toMatchObject({ kind: "answer", outcome: "replayed", response: { status: 201 } });
  });

  it("forgets a key after 24 hours: the expired record counts as absent", async () => {
    const { gate } = setup();
    await claimed(await gate({ amountMinor: 1 }, "k1", t0)).finish(created);
    expect(await gate({ amountMinor: 1 }, "k1", at(KEY_LIFETIME_MS - 1))).toMatchObject({ outcome: "replayed" });
    expect(await gate({ amountMinor: 2 }, "k1", at(KEY_LIFETIME_MS - 1))).toMatchObject({ outcome: "reused" });
    claimed(await gate({ amountMinor: 2 }, "k1", at(KEY_LIFETIME_MS)));
  });

  it("asks a duplicate to wait while the first runs, and takes over a claim whose process died", async () => {
    const { gate } = setup();
    claimed(await gate({ amountMinor: 1 }, "k1", t0));
    const waiting = await gate({ amountMinor: 1 }, "k1", at(60_000));
    expect(waiting).toMatchObject({ kind: "answer", outcome: "in-progress", response: { status: 409 } });
    if (waiting.kind === "answer") expect(waiting.response.headers).toMatchObject({ "retry-after": "2" });
    const takeover = claimed(await gate({ amountMinor: 1 }, "k1", at(RUNNING_LEASE_MS)));
    await takeover.finish(created);
    expect(await gate({ amountMinor: 1 }, "k1", at(RUNNING_LEASE_MS + 1))).toMatchObject({ outcome: "replayed" });
  });

  it("releases the key on a 5xx or a throw, but never a claim another request took over", async () => {
    const { gate, records } = setup();
    await claimed(await gate({ amountMinor: 1 }, "k1", t0)).finish({ status: 503, jsonBody: { code: "UNAVAILABLE" } });
    expect(await records()).toEqual([]);
    await claimed(await gate({ amountMinor: 1 }, "k2", t0)).release();
    expect(await records()).toEqual([]);

    const stale = claimed(await gate({ amountMinor: 1 }, "k3", t0));
    const fresh = claimed(await gate({ amountMinor: 1 }, "k3", at(RUNNING_LEASE_MS)));
    await stale.release();
    await stale.finish(created);
    expect((await records()).map((r) => r.body.state)).toEqual(["running"]);
    await fresh.finish({ status: 201, jsonBody: { id: "p2" } });
    const replayed = await gate({ amountMinor: 1 }, "k3", at(RUNNING_LEASE_MS + 1));
    expect(replayed).toMatchObject({ outcome: "replayed", response: { body: '{"id":"p2"}' } });
  });

  it("answers an invalid key with a 400 problem and claims nothing", async () => {
    const { gate, records } = setup();
    const refused = await gate({}, "x".repeat(256), t0);
    expect(refused).toMatchObject({ kind: "answer", outcome: "invalid", response: { status: 400 } });
    expect(await records()).toEqual([]);
  });
});

describe("kept answers", () => {
  it("replay the status, the describing headers and the body text, marked as replayed", () => {
    const problem: HttpResponseInit = {
      status: 400,
      headers: { "content-type": "application/problem+json", "x-other": "dropped" },
      jsonBody: { code: "VALIDATION" },
    };
    expect(replay(toStoredResponse(problem))).toEqual({
      status: 400,
      headers: { "content-type": "application/problem+json", "idempotent-replayed": "true" },
      body: '{"code":"VALIDATION"}',
    });
    expect(replay(toStoredResponse(created))).toMatchObject({
      status: 201,
      headers: { "content-type": "application/json" },
    });
    expect(replay(toStoredResponse({ status: 204 }))).toEqual({
      status: 204,
      headers: { "idempotent-replayed": "true" },
    });
  });

  it("stay small: a body over the limit is left out and its retry gets the status alone", () => {
    const big = toStoredResponse({ status: 200, jsonBody: { pdfBase64: "x".repeat(MAX_STORED_BODY_CHARS) } });
    expect(big).toEqual({ status: 200, headers: { "content-type": "application/json" }, bodyOmitted: true });
    expect(replay(big)).toEqual({
      status: 200,
      headers: { "content-type": "application/json", "idempotent-replayed": "true" },
    });
  });
});
