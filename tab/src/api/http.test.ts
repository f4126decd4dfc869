import { describe, expect, it } from "vitest";
import { SignInError } from "../../../addin/src/auth/token-provider";
import { buildUrl, createHttp } from "./http";

describe("buildUrl", () => {
  it.each([
    ["/reports/aging", { by: "collector" }, "/api/reports/aging?by=collector"],
    ["/reports/aging-trend", { weeks: 12, refresh: undefined }, "/api/reports/aging-trend?weeks=12"],
    ["/me", undefined, "/api/me"],
  ] as const)("%s %j", (path, query, expected) => {
    expect(buildUrl("/api", path, query)).toBe(expected);
  });
});

describe("createHttp", () => {
  it("sends the bearer token and a JSON body, and refreshes the token once on 401", async () => {
    const seen: { url: string; init: RequestInit }[] = [];
    let n = 0;
    const http = createHttp({
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
    const http = createHttp({
      tokens: { getToken: async () => "t" },
      fetch: async () => new Response(body, { status }),
    });
    expect(await http.request("GET", "/x")).toEqual({ ok: false, error });
  });

  it("reports a sign-in failure without calling the API", async () => {
    const http = createHttp({
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
