/**
 * A scripted Nudge API for component tests: routes answer from a table, every call is recorded,
 * and the real HTTP client and NudgeApi sit in between, so tests cover the wire format too.
 */
import { createHttpClient } from "../../../web-shared/api/http-client";
import { NudgeApi } from "../api/nudge-api";

export interface Reply {
  status: number;
  body?: unknown;
}
export type Route = Reply | ((call: Call) => Reply | Promise<Reply>);
export interface Call {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}

export const ok = (body: unknown): Reply => ({ status: 200, body });
/** A route that is not deployed yet: the local host answers 404 without a problem code. */
export const missing: Reply = { status: 404, body: { title: "Not found", status: 404 } };
export const problem = (status: number, code: string, detail = "detail"): Reply => ({
  status,
  body: { type: "x", title: code, status, code, detail },
});

export function fakeApi(routes: Record<string, Route>) {
  const calls: Call[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input), "https://localhost");
    const method = init?.method ?? "GET";
    const path = url.pathname.replace(/^\/api/, "");
    const call: Call = {
      method,
      path,
      query: url.searchParams,
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
    };
    calls.push(call);
    const route = routes[`${method} ${path}`] ?? missing;
    const reply = typeof route === "function" ? await route(call) : route;
    const text = reply.body === undefined ? "" : JSON.stringify(reply.body);
    return new Response(text, { status: reply.status, headers: { "content-type": "application/json" } });
  };
  const api = new NudgeApi(createHttpClient({ tokens: { getToken: async () => "test-token" }, fetch }));
  return { api, calls, fetch };
}

/** A reply that never arrives: keeps a view in its loading state. */
export const never: Route = () => new Promise<Reply>(() => undefined);
