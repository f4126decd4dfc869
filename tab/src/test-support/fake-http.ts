/**
 * A fake of the dashboard's HTTP client: answers by "METHOD /path" from a table (a value, or a
 * function of the body and query; either may be a promise), "not available yet" for any other
 * route, and records every call.
 */
import type { ApiError, ApiResult, HttpClient, Method, Query } from "../../../web-shared/api/http-client";

export type Answer = unknown | ((body: unknown, query: Query | undefined) => unknown);
export class Fail {
  constructor(readonly error: ApiError) {}
}

export function fakeHttp(routes: Record<string, Answer>) {
  const calls: { method: Method; path: string; query?: Query; body?: unknown }[] = [];
  const http: HttpClient = {
    async request<T>(
      method: Method,
      path: string,
      options: { query?: Query; body?: unknown } = {},
    ): Promise<ApiResult<T>> {
      calls.push({ method, path, ...options });
      const key = `${method} ${path}`;
      if (!(key in routes)) return { ok: false, error: { kind: "unavailable", status: 404 } };
      const answer = routes[key];
      // An answer may be a promise, so a test can hold a request open (loading states).
      const value = await (typeof answer === "function"
        ? (answer as (b: unknown, q?: Query) => unknown)(options.body, options.query)
        : answer);
      if (value instanceof Fail) return { ok: false, error: value.error };
      return { ok: true, value: structuredClone(value) as T };
    },
  };
  return { http, calls };
}
