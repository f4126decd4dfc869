import { describe, expect, it } from "vitest";
import { SignInError } from "../auth/token-provider";
import { buildUrl, createHttpClient, toApiError } from "./http-client";

describe("toApiError", () => {
  it.each([
    [
      404,
      { code: "MODEL_MISSING", detail: "no model" },
      { kind: "problem", status: 404, code: "MODEL_MISSING", detail: "no model" },
    ],
    [404, { code: "NOT_FOUND" }, { kind: "problem", status: 404, code: "NOT_FOUND" }],
    [404, { title: "Not found", status: 404 }, { kind: "unavailable", status: 404 }],
    [405, { title: "Method not allowed" }, { kind: "unavailable", status: 405 }],
    [501, undefined, { kind: "unavailable", status: 501 }],
    [502, undefined, { kind: "network" }],
    [504, "gateway", { kind: "network" }],
    [
      500,
      { detail: "The error was logged with reference local-7." },
      { kind: "unexpected", status: 500, reference: "local-7" },
    ],
    [500, "<html>stack trace</html>", { kind: "unexpected", status: 500 }],
    [503, { code: "UNAVAILABLE" }, { kind: "problem", status: 503, code: "UNAVAILABLE" }],
  ])("%i %j → %j", (status, body, expected) => {
    expect(toApiError(status, body)).toEqual(expected);
  });
});

const header = (init: RequestInit | undefined, name: string) =>
  (init?.headers as Record<string, string> | undefined)?.[name];

describe("createHttpClient", () => {
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

  it("calls same-origin /api with the bearer token and the query", async () => {
    const seen: { url: string; init: RequestInit | undefined }[] = [];
    const http = createHttpClient({
      tokens: { getToken: async () => "tok" },
      fetch: async (url, init) => {
        seen.push({ url: String(url), init });
        return json(200, { a: 1 });
      },
    });
    const result = await http.request("GET", "/clients/match", {
      query: { email: "a@b.example", subject: "", x: undefined },
    });
    expect(result).toEqual({ ok: true, value: { a: 1 } });
    expect(seen[0]?.url).toBe("/api/clients/match?email=a%40b.example");
    expect(header(seen[0]?.init, "authorization")).toBe("Bearer tok");
  });

  it("sends JSON bodies and reads problem codes", async () => {
    const http = createHttpClient({
      tokens: { getToken: async () => "tok" },
      fetch: async (_url, init) => {
        expect(JSON.parse(String(init?.body))).toEqual({ amountMinor: 100 });
        expect(header(init, "content-type")).toBe("application/json");
        return json(400, { code: "VALIDATION", detail: "date must be a date" });
      },
    });
    const result = await http.request("POST", "/clients/CL-1/promises", { body: { amountMinor: 100 } });
    expect(result).toEqual({
      ok: false,
      error: { kind: "problem", status: 400, code: "VALIDATION", detail: "date must be a date" },
    });
  });

  it("refreshes the token once after a 401", async () => {
    const asked: boolean[] = [];
    const sent: string[] = [];
    const http = createHttpClient({
      tokens: {
        getToken: async (o) => {
          asked.push(o?.forceRefresh === true);
          return o?.forceRefresh ? "fresh" : "stale";
        },
      },
      fetch: async (_url, init) => {
        const auth = header(init, "authorization") ?? "";
        sent.push(auth);
        return auth === "Bearer fresh" ? json(200, {}) : json(401, { code: "AUTH_INVALID" });
      },
    });
    expect((await http.request("GET", "/worklist")).ok).toBe(true);
    expect(asked).toEqual([false, true]);
    expect(sent).toEqual(["Bearer stale", "Bearer fresh"]);
  });

  it("maps a failed fetch to network and a failed sign-in to signin", async () => {
    const down = createHttpClient({
      tokens: { getToken: async () => "t" },
      fetch: async () => {
        throw new TypeError("Failed to fetch");
      },
    });
    expect(await down.request("GET", "/worklist")).toEqual({ ok: false, error: { kind: "network" } });
    const noToken = createHttpClient({
      tokens: {
        getToken: async () => {
          throw new SignInError("no");
        },
      },
      fetch: async () => json(200, {}),
    });
    expect(await noToken.request("GET", "/worklist")).toEqual({ ok: false, error: { kind: "signin" } });
  });
});

describe("buildUrl", () => {
  it.each([
    ["/reports/aging", { by: "collector" }, "/api/reports/aging?by=collector"],
    ["/reports/aging-trend", { weeks: 12, refresh: undefined }, "/api/reports/aging-trend?weeks=12"],
    ["/me", undefined, "/api/me"],
  ] as const)("%s %j", (path, query, expected) => {
    expect(buildUrl("/api", path, query)).toBe(expected);
  });
});

describe("createHttpClient with the dashboard's methods", () => {
  it("sends the bearer token and a JSON body, and refreshes the token once on 401", async () => {
    const seen: { url: string; init: RequestInit }[] = [];
    let n = 0;
    const http = createHttpClient({
      tokens: { getToken: async (o) => (o?.forceRefresh ? "fresh" : "old") },
      fetch: async (url, init) => {
        seen.push({ url: String(url), init: init! });
        return ++n === 1
          ? new Response("", { status: 401 })
          : new Response(JSON.stringify({ version: 4 }), { status: 200 });
      },
    });
    const r = await http.request("PUT", "/config/workflow", { body: { config: {} } });
    expect(r).toEqual({ ok: true, value: { version: 4 } });
    expect(seen.map((s) => (s.init.headers as Record<string, string>).authorization)).toEqual([
      "Bearer old",
      "Bearer fresh",
    ]);
    expect(seen[1]!.init.body).toBe('{"config":{}}');
  });

  it.each([
    [404, "", { kind: "unavailable", status: 404 }],
    [
      412,
      JSON.stringify({ code: "PRECONDITION_FAILED" }),
      { kind: "problem", status: 412, code: "PRECONDITION_FAILED" },
    ],
    [502, "", { kind: "network" }],
  ])("maps %i to %j", async (status, body, error) => {
    const http = createHttpClient({
      tokens: { getToken: async () => "t" },
      fetch: async () => new Response(body, { status }),
    });
    expect(await http.request("GET", "/x")).toEqual({ ok: false, error });
  });

  it("reports a sign-in failure without calling the API", async () => {
    const http = createHttpClient({
      tokens: {
        getToken: async () => {
          throw new SignInError("no");
        },
      },
      fetch: async () => {
        throw new Error("must not be called");
      },
    });
    expect(await http.request("GET", "/me")).toEqual({ ok: false, error: { kind: "signin" } });
  });
});

describe("createHttpClient: Idempotency-Key on POSTs", () => {
  const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

  function scripted(answers: (() => Response | Promise<Response>)[]) {
    const sent: { method: string; key: string | undefined; auth: string | undefined; body: unknown }[] = [];
    const waits: number[] = [];
    let keys = 0;
    const http = createHttpClient({
      tokens: { getToken: async (o) => (o?.forceRefresh ? "fresh" : "tok") },
      newIdempotencyKey: () => `key-${++keys}`,
      sleep: async (ms) => {
        waits.push(ms);
      },
      fetch: async (_url, init) => {
        sent.push({
          method: String(init?.method),
          key: header(init, "Idempotency-Key"),
          auth: header(init, "authorization"),
          body: init?.body,
        });
        const next = answers.shift();
        if (!next) throw new Error("no scripted answer left");
        return next();
      },
    });
    return { http, sent, waits };
  }
  const lost = () => {
    throw new TypeError("Failed to fetch");
  };

  it("retries a POST once after a network failure with the same key and body", async () => {
    const { http, sent, waits } = scripted([lost, () => json(201, { id: "p1" })]);
    const result = await http.request("POST", "/clients/CL-1/promises", { body: { amountMinor: 100 } });
    expect(result).toEqual({ ok: true, value: { id: "p1" } });
    expect(sent.map((s) => s.key)).toEqual(['"key-1"', '"key-1"']);
    expect(sent[1]!.body).toBe(sent[0]!.body);
    expect(waits).toHaveLength(1);
  });

  it("retries once after a gateway timeout, then reports the network", async () => {
    const { http, sent } = scripted([() => new Response("", { status: 504 }), () => new Response("", { status: 502 })]);
    expect(await http.request("POST", "/escalations", { body: {} })).toEqual({ ok: false, error: { kind: "network" } });
    expect(sent.map((s) => s.key)).toEqual(['"key-1"', '"key-1"']);
  });

  it("gives up after one retry when the network stays down", async () => {
    const { http, sent } = scripted([lost, lost, () => json(201, {})]);
    expect(await http.request("POST", "/plans", { body: {} })).toEqual({ ok: false, error: { kind: "network" } });
    expect(sent).toHaveLength(2);
  });

  it("keeps the key when the token is refreshed after a 401", async () => {
    const { http, sent } = scripted([() => json(401, { code: "AUTH_INVALID" }), () => json(201, { id: "d1" })]);
    expect((await http.request("POST", "/clients/CL-1/disputes", { body: {} })).ok).toBe(true);
    expect(sent.map((s) => [s.auth, s.key])).toEqual([
      ["Bearer tok", '"key-1"'],
      ["Bearer fresh", '"key-1"'],
    ]);
  });

  it("waits once for a first request still running (Retry-After, capped) and gets its answer", async () => {
    const inProgress = () =>
      json(409, { code: "IDEMPOTENCY_IN_PROGRESS", detail: "not finished" }, { "retry-after": "2" });
    const { http, sent, waits } = scripted([lost, inProgress, () => json(201, { id: "p1" })]);
    const result = await http.request("POST", "/clients/CL-1/promises", { body: { amountMinor: 100 } });
    expect(result).toEqual({ ok: true, value: { id: "p1" } });
    expect(sent.map((s) => s.key)).toEqual(['"key-1"', '"key-1"', '"key-1"']);
    expect(waits).toEqual([500, 2000]);
  });

  it("a new key per action, the caller's own key when given, and none on reads and PUTs", async () => {
    const { http, sent } = scripted(Array.from({ length: 5 }, () => () => json(200, {})));
    await http.request("POST", "/clients/CL-1/holds", { body: {} });
    await http.request("POST", "/clients/CL-1/holds", { body: {} });
    await http.request("POST", "/clients/CL-1/holds", { body: {}, idempotencyKey: "my-action" });
    await http.request("GET", "/worklist");
    await http.request("PUT", "/config/workflow", { body: {} });
    expect(sent.map((s) => s.key)).toEqual(['"key-1"', '"key-2"', '"my-action"', undefined, undefined]);
  });

  it("does not retry a read or a problem answer", async () => {
    const { http, sent } = scripted([lost, () => json(422, { code: "IDEMPOTENCY_KEY_REUSED" })]);
    expect(await http.request("GET", "/worklist")).toEqual({ ok: false, error: { kind: "network" } });
    expect(await http.request("POST", "/plans", { body: {} })).toEqual({
      ok: false,
      error: { kind: "problem", status: 422, code: "IDEMPOTENCY_KEY_REUSED" },
    });
    expect(sent).toHaveLength(2);
  });

  it("uses crypto.randomUUID for keys by default", async () => {
    const keys: (string | undefined)[] = [];
    const http = createHttpClient({
      tokens: { getToken: async () => "t" },
      fetch: async (_url, init) => {
        keys.push(header(init, "Idempotency-Key"));
        return json(201, {});
      },
    });
    await http.request("POST", "/escalations", { body: {} });
    expect(keys[0]).toMatch(/^"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"$/);
  });
});
