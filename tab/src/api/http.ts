/**
 * The dashboard's API calls: same-origin `/api`, a bearer token, and every answer as a value. The
 * add-in's error mapping (`toApiError`: problem codes, "not available yet" for a route that is not
 * deployed, network, sign-in) is reused so both pages describe failures the same way; this client
 * adds the methods the configuration pages need (PUT, PATCH).
 */
import { type ApiError, type ApiResult, toApiError } from "../../../addin/src/api/http-client";
import { SignInError, type TokenProvider } from "../../../addin/src/auth/token-provider";

export type { ApiError, ApiResult };
export type Method = "GET" | "POST" | "PUT" | "PATCH";
export type Query = Record<string, string | number | undefined>;

export interface Http {
  request<T>(method: Method, path: string, options?: { query?: Query; body?: unknown }): Promise<ApiResult<T>>;
}

export function buildUrl(baseUrl: string, path: string, query: Query | undefined): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== "") params.set(k, String(v));
  const qs = params.toString();
  return `${baseUrl}${path}${qs ? `?${qs}` : ""}`;
}

export function createHttp(options: { tokens: TokenProvider; baseUrl?: string; fetch?: typeof fetch }): Http {
  const baseUrl = options.baseUrl ?? "/api";
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  async function send(method: Method, url: string, body: unknown, forceRefresh: boolean): Promise<Response> {
    const token = await options.tokens.getToken({ forceRefresh });
    const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: "application/json" };
    if (body !== undefined) headers["content-type"] = "application/json";
    return doFetch(url, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  }
  return {
    async request<T>(method: Method, path: string, opts: { query?: Query; body?: unknown } = {}) {
      const url = buildUrl(baseUrl, path, opts.query);
      let response: Response;
      try {
        response = await send(method, url, opts.body, false);
        // An expired token is refreshed once; a second 401 is a real sign-in problem.
        if (response.status === 401) response = await send(method, url, opts.body, true);
      } catch (error) {
        return { ok: false, error: error instanceof SignInError ? { kind: "signin" } : { kind: "network" } };
      }
      const text = await response.text();
      let json: unknown;
      try {
        json = text ? JSON.parse(text) : undefined;
      } catch {
        json = undefined;
      }
      return response.ok ? { ok: true, value: json as T } : { ok: false, error: toApiError(response.status, json) };
    },
  };
}
