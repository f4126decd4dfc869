import { describe, expect, it } from "vitest";
import {
  completedRecord,
  judgeRequest,
  KEY_LIFETIME_MS,
  MAX_STORED_BODY_CHARS,
  parseIdempotencyKey,
  RUNNING_LEASE_MS,
  requestFingerprint,
  runningRecord,
  scopeId,
  storedResponse,
} from "./idempotency";

describe("parseIdempotencyKey", () => {
  const uuid = "8e03978e-40d5-43e8-bc93-6894a57f9324";
  it.each([
    [null, undefined],
    [uuid, uuid],
    [`"${uuid}"`, uuid],
    [` ${uuid} `, uuid],
    ['"a \\"quoted\\" \\\\ key"', 'a "quoted" \\ key'],
    ["x".repeat(255), "x".repeat(255)],
    ["order 42/retry", "order 42/retry"],
  ])("%j → %j", (raw, key) => {
    expect(parseIdempotencyKey(raw)).toEqual({ ok: true, value: key });
  });

  it.each([
    ["", "empty"],
    ['""', "empty"],
    ["x".repeat(256), "at most 255"],
    [`"${"x".repeat(256)}"`, "at most 255"],
    ["tab\there", "printable"],
    ["caf\u00e9", "printable"],
    ["null\u0000byte", "printable"],
    ['"open', "quoted"],
    ['"a"b"', "quoted"],
    ['"bad \\n escape"', "quoted"],
  ])("%j is refused (%s)", (raw, words) => {
    const parsed = parseIdempotencyKey(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.code).toBe("VALIDATION");
      expect(parsed.message).toContain(words);
    }
  });
});

describe("scopeId", () => {
  const base = { tenantId: "firm", userId: "u-chen", method: "POST", route: "clients/{clientId}/promises", key: "k" };
  it("is the same for the same scope and differs on every part of it", async () => {
    const id = await scopeId(base);
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    expect(await scopeId({ ...base, method: "post" })).toBe(id);
    for (const change of [
      { tenantId: "other" },
      { userId: "u-nair" },
      { method: "PUT" },
      { route: "clients/{clientId}/disputes" },
      { key: "k2" },
    ]) {
      expect(await scopeId({ ...base, ...change })).not.toBe(id);
    }
  });
});

describe("requestFingerprint", () => {
  const base = {
    method: "POST",
    path: "/api/clients/CL-1/promises",
    query: new URLSearchParams("a=1&b=2"),
    body: '{"amountMinor":100}',
  };
  it("ignores query order and tells path, query and body apart", async () => {
    const print = await requestFingerprint(base);
    expect(await requestFingerprint({ ...base, query: new URLSearchParams("b=2&a=1") })).toBe(print);
    expect(await requestFingerprint({ ...base, path: "/api/clients/CL-2/promises" })).not.toBe(print);
    expect(await requestFingerprint({ ...base, query: new URLSearchParams("a=1&b=3") })).not.toBe(print);
    expect(await requestFingerprint({ ...base, body: '{"amountMinor":101}' })).not.toBe(print);
  });
});

describe("judgeRequest", () => {
  const t0 = new Date("2026-11-23T10:00:00.000Z");
  const later = (ms: number) => new Date(t0.getTime() + ms);
  const running = runningRecord("print", t0);
  const done = completedRecord(running, { status: 201, headers: { "content-type": "application/json" }, body: "{}" });

  it("claims a key nobody holds, and one whose record expired", () => {
    expect(judgeRequest(undefined, "print", t0)).toEqual({ kind: "claim" });
    expect(judgeRequest(done, "print", later(KEY_LIFETIME_MS))).toEqual({ kind: "claim" });
    expect(judgeRequest(done, "other", later(KEY_LIFETIME_MS + 1))).toEqual({ kind: "claim" });
  });

  it("replays a finished request with the same fingerprint and refuses another request", () => {
    expect(judgeRequest(done, "print", later(KEY_LIFETIME_MS - 1))).toEqual({
      kind: "replay",
      response: done.response,
    });
    expect(judgeRequest(done, "other", later(1000))).toEqual({ kind: "reused" });
    expect(judgeRequest(running, "other", later(1000))).toEqual({ kind: "reused" });
  });

  it("asks a duplicate to wait while the first runs, and takes over a claim whose lease ran out", () => {
    expect(judgeRequest(running, "print", later(1000))).toMatchObject({ kind: "in-progress" });
    expect(judgeRequest(running, "print", later(RUNNING_LEASE_MS))).toEqual({ kind: "claim" });
  });

  it("records when the key expires", () => {
    expect(running).toMatchObject({
      state: "running",
      claimedAt: t0.toISOString(),
      expiresAt: "2026-11-24T10:00:00.000Z",
      leaseUntil: later(RUNNING_LEASE_MS).toISOString(),
    });
  });
});

describe("storedResponse", () => {
  it("keeps the status, the describing headers and a small body", () => {
    expect(
      storedResponse(201, { "content-type": "application/json", "set-cookie": "x", "x-trace": "y" }, '{"id":"p1"}'),
    ).toEqual({ status: 201, headers: { "content-type": "application/json" }, body: '{"id":"p1"}' });
    expect(storedResponse(204, {}, undefined)).toEqual({ status: 204, headers: {} });
  });

  it("leaves out a body over the limit, or one that is not text", () => {
    expect(storedResponse(200, {}, "x".repeat(MAX_STORED_BODY_CHARS + 1))).toEqual({
      status: 200,
      headers: {},
      bodyOmitted: true,
    });
    expect(storedResponse(200, {}, null)).toEqual({ status: 200, headers: {}, bodyOmitted: true });
  });
});
