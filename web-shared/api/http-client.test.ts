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
