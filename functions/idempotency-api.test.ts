import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SqliteStore } from "../adapters/sqlite/sqlite-store";
import { DOC } from "../core/actions/documents";
import type { Store, TenantStore } from "../core/ports/store.port";
import { type LocalStack, startLocalStack } from "../test/support/local-stack";
import type { AppDeps } from "./compose";

/**
 * Retries of a POST never act twice: the `Idempotency-Key` header, end to end through the local
 * Functions host and the embedded store (functions/idempotency.ts, core/idempotency/).
 */
let stack: LocalStack;
beforeAll(async () => {
  stack = await startLocalStack({ asOf: "2026-11-23" });
});
afterAll(async () => stack?.stop());

const CLIENT = "CL-1001";
const promiseBody = { amountMinor: 125000, date: "2026-12-05" };

// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON answers field by field.
type AnyJson = any;

async function post(path: string, token: string, body: unknown, key?: string) {
  const res = await fetch(`${stack.url}/api${path}`, {
    method: "POST",
    headers: {
      authorization: `Bearer ${token}`,
      "content-type": "application/json",
      ...(key === undefined ? {} : { "idempotency-key": key }),
    },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: (text ? JSON.parse(text) : undefined) as AnyJson };
}

/** Promises on the client and their audit records, read straight from the embedded store. */
async function counts(clientId = CLIENT): Promise<{ promises: number; audits: number }> {
  const store = SqliteStore.open({ dataDir: stack.dataDir });
  try {
    const tenant = store.forTenant("demo-firm");
    const promises = await tenant.documents.list(DOC.promise, { clientId });
    const audits = await tenant.listInteractions({ clientId, kinds: ["promise"] });
    return { promises: promises.length, audits: audits.length };
  } finally {
    await store.close();
  }
}

/**
 * Runs `body` with the app's store wrapped so the next `getTenant` (read by the promise use case
 * before it writes anything) runs `hook` first: a test can hold a request open or make it fail.
 */
async function withGetTenantHook<T>(hook: () => Promise<void>, body: () => Promise<T>): Promise<T> {
  const { getDeps, setDeps } = await import("./compose");
  const real = await getDeps();
  let armed = true;
  const wrapTenant = (tenant: TenantStore): TenantStore =>
    new Proxy(tenant, {
      get(target, prop, receiver) {
        if (prop === "getTenant") {
          return async () => {
            if (armed) {
              armed = false;
              await hook();
            }
            return target.getTenant();
          };
        }
        const value = Reflect.get(target, prop, receiver);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  const store = new Proxy(real.store, {
    get(target, prop, receiver) {
      if (prop === "forTenant") return (tenantId: string) => wrapTenant(target.forTenant(tenantId));
      const value = Reflect.get(target, prop, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  }) as Store;
  setDeps({ ...real, store } satisfies AppDeps);
  try {
    return await body();
  } finally {
    setDeps(real);
  }
}

describe("Idempotency-Key on state-changing POSTs", () => {
  it("a retried promise with the same key returns the same 201 and records one promise and one audit record", async () => {
    const chen = await stack.tokenFor("u-chen");
    const before = await counts();
    const key = crypto.randomUUID();
    const first = await post(`/clients/${CLIENT}/promises`, chen, promiseBody, key);
    expect(first.status).toBe(201);
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    const retry = await post(`/clients/${CLIENT}/promises`, chen, promiseBody, `"${key}"`);
    expect(retry.status).toBe(201);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(retry.headers.get("content-type")).toContain("application/json");
    expect(retry.json).toEqual(first.json);
    expect(retry.text).toBe(first.text);
    expect(await counts()).toEqual({ promises: before.promises + 1, audits: before.audits + 1 });
  });

  it("concurrent duplicates act once: the other is told to wait or gets the replay", async () => {
    const chen = await stack.tokenFor("u-chen");
    const before = await counts();
    const key = crypto.randomUUID();
    const answers = await Promise.all([1, 2, 3].map(() => post(`/clients/${CLIENT}/promises`, chen, promiseBody, key)));
    const created = answers.filter((a) => a.status === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(new Set(created.map((a) => a.json.id)).size).toBe(1);
    for (const other of answers.filter((a) => a.status !== 201)) {
      expect(other.status).toBe(409);
      expect(other.json.code).toBe("IDEMPOTENCY_IN_PROGRESS");
      expect(Number(other.headers.get("retry-after"))).toBeGreaterThan(0);
    }
    expect(await counts()).toEqual({ promises: before.promises + 1, audits: before.audits + 1 });
  });

  it("a retry that arrives while the first request runs gets 409 in progress with Retry-After, then the replay", async () => {
    const chen = await stack.tokenFor("u-chen");
    const before = await counts();
    const key = crypto.randomUUID();
    let entered!: () => void;
    const inHandler = new Promise<void>((resolve) => {
      entered = resolve;
    });
    let open!: () => void;
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    await withGetTenantHook(
      async () => {
        entered();
        await gate;
      },
      async () => {
        const first = post(`/clients/${CLIENT}/promises`, chen, promiseBody, key);
        await inHandler;
        const duplicate = await post(`/clients/${CLIENT}/promises`, chen, promiseBody, key);
        expect(duplicate.status).toBe(409);
        expect(duplicate.headers.get("content-type")).toContain("application/problem+json");
        expect(duplicate.json.code).toBe("IDEMPOTENCY_IN_PROGRESS");
        expect(duplicate.headers.get("retry-after")).toBe("2");
        // Another body under the running key is still a misuse of the key.
        const other = await post(`/clients/${CLIENT}/promises`, chen, { ...promiseBody, amountMinor: 1 }, key);
        expect(other.status).toBe(422);
        open();
        expect((await first).status).toBe(201);
      },
    );
    const replay = await post(`/clients/${CLIENT}/promises`, chen, promiseBody, key);
    expect(replay.status).toBe(201);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(await counts()).toEqual({ promises: before.promises + 1, audits: before.audits + 1 });
  });

  it("the same key with a different body, or on another client's route, is 422 IDEMPOTENCY_KEY_REUSED", async () => {
    const chen = await stack.tokenFor("u-chen");
    const key = crypto.randomUUID();
    expect((await post(`/clients/${CLIENT}/promises`, chen, promiseBody, key)).status).toBe(201);
    const before = await counts();
    const changed = await post(`/clients/${CLIENT}/promises`, chen, { ...promiseBody, amountMinor: 99 }, key);
    expect(changed.status).toBe(422);
    expect(changed.headers.get("content-type")).toContain("application/problem+json");
    expect(changed.json).toMatchObject({ code: "IDEMPOTENCY_KEY_REUSED", status: 422 });
    const elsewhere = await post("/clients/CL-1003/promises", chen, promiseBody, key);
    expect(elsewhere.status).toBe(422);
    expect(elsewhere.json.code).toBe("IDEMPOTENCY_KEY_REUSED");
    expect(await counts()).toEqual(before);
  });

  it("a 5xx releases the key: the retry with the same key acts, once", async () => {
    const chen = await stack.tokenFor("u-chen");
    const before = await counts();
    const key = crypto.randomUUID();
    const failed = await withGetTenantHook(
      async () => {
        throw new Error("store hiccup");
      },
      () => post(`/clients/${CLIENT}/promises`, chen, promiseBody, key),
    );
    expect(failed.status).toBe(500);
    expect(await counts()).toEqual(before);
    const retry = await post(`/clients/${CLIENT}/promises`, chen, promiseBody, key);
    expect(retry.status).toBe(201);
    expect(retry.headers.get("idempotent-replayed")).toBeNull();
    const again = await post(`/clients/${CLIENT}/promises`, chen, promiseBody, key);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.json.id).toBe(retry.json.id);
    expect(await counts()).toEqual({ promises: before.promises + 1, audits: before.audits + 1 });
  });

  it("a 4xx problem is kept and replayed like any answer", async () => {
    const chen = await stack.tokenFor("u-chen");
    const key = crypto.randomUUID();
    const bad = { amountMinor: 12.5, date: "2026-12-05" };
    const first = await post(`/clients/${CLIENT}/promises`, chen, bad, key);
    expect(first.status).toBe(400);
    const retry = await post(`/clients/${CLIENT}/promises`, chen, bad, key);
    expect(retry.status).toBe(400);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(retry.headers.get("content-type")).toContain("application/problem+json");
    expect(retry.json).toEqual(first.json);
  });

  it("the same key from another person is another key", async () => {
    const chen = await stack.tokenFor("u-chen");
    const whitfield = await stack.tokenFor("u-whitfield");
    const before = await counts();
    const key = crypto.randomUUID();
    const mine = await post(`/clients/${CLIENT}/promises`, chen, promiseBody, key);
    const theirs = await post(`/clients/${CLIENT}/promises`, whitfield, promiseBody, key);
    expect([mine.status, theirs.status]).toEqual([201, 201]);
    expect(theirs.headers.get("idempotent-replayed")).toBeNull();
    expect(theirs.json.id).not.toBe(mine.json.id);
    expect(theirs.json.recordedBy).toBe("u-whitfield");
    expect(await counts()).toEqual({ promises: before.promises + 2, audits: before.audits + 2 });
  });

  it("the same key on another route is another key", async () => {
    const chen = await stack.tokenFor("u-chen");
    const key = crypto.randomUUID();
    const note = await post(`/clients/${CLIENT}/interactions`, chen, { kind: "note", summary: "Left a message" }, key);
    const promise = await post(`/clients/${CLIENT}/promises`, chen, promiseBody, key);
    expect([note.status, promise.status]).toEqual([201, 201]);
    expect(promise.headers.get("idempotent-replayed")).toBeNull();
  });

  it("without the header, routes behave as before: every POST acts", async () => {
    const chen = await stack.tokenFor("u-chen");
    const before = await counts();
    const a = await post(`/clients/${CLIENT}/promises`, chen, promiseBody);
    const b = await post(`/clients/${CLIENT}/promises`, chen, promiseBody);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.json.id).not.toBe(b.json.id);
    expect(b.headers.get("idempotent-replayed")).toBeNull();
    expect(await counts()).toEqual({ promises: before.promises + 2, audits: before.audits + 2 });
  });

  it("refuses an invalid key with 400 before acting", async () => {
    const chen = await stack.tokenFor("u-chen");
    const before = await counts();
    for (const key of ["x".repeat(256), '""', '"unterminated']) {
      const refused = await post(`/clients/${CLIENT}/promises`, chen, promiseBody, key);
      expect(refused.status).toBe(400);
      expect(refused.json.code).toBe("VALIDATION");
      expect(refused.json.detail).toContain("Idempotency-Key");
    }
    expect(await counts()).toEqual(before);
  });

  it("a POST that changes nothing (reading an email) validates the key and keeps no answer", async () => {
    const chen = await stack.tokenFor("u-chen");
    const key = crypto.randomUUID();
    const email = { from: "ap@client.example", subject: "Invoice", body: "We will pay on 5 December." };
    const first = await post("/messages/classify", chen, email, key);
    const second = await post("/messages/classify", chen, email, key);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(second.headers.get("idempotent-replayed")).toBeNull();
    expect((await post("/messages/classify", chen, email, "x".repeat(256))).status).toBe(400);
  });
});

describe("every POST route goes through the key check", () => {
  it("answers an invalid Idempotency-Key with 400 on every registered POST route, before its handler", async () => {
    const tokens = [await stack.tokenFor("u-morgan"), await stack.tokenFor("u-whitfield")];
    const routes = stack.host.registrations.filter(
      (r) =>
        r.trigger.type.toLowerCase() === "httptrigger" &&
        (r.trigger.methods ?? []).some((m) => m.toUpperCase() === "POST") &&
        r.trigger.route !== "messages", // the Bot Framework endpoint is not a defineRoute route
    );
    expect(routes.length).toBeGreaterThan(20);
    const answers: Record<string, number> = {};
    for (const r of routes) {
      const path = `/${(r.trigger.route ?? r.name).replace(/\{(\w+)(?::[^}]*)?\??\}/g, "x")}`;
      let status = 0;
      for (const token of tokens) {
        status = (await post(path, token, {}, "x".repeat(256))).status;
        if (status !== 403) break;
      }
      answers[r.name] = status;
    }
    expect(Object.entries(answers).filter(([, status]) => status !== 400)).toEqual([]);
  });
});
