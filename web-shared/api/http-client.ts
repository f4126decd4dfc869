/**
 * Calls the Nudge API same-origin (`/api` by default) with a bearer token and turns every answer
 * into a value: data, a problem+json `code`, "not available yet" (a route that is not deployed:
 * 404/405 without a code, or 501), a network failure or an unexpected error. Nothing here throws
 * for an HTTP outcome, so views render each state explicitly. The task pane and the dashboard share
 * it, so both pages describe failures the same way.
 */
import { SignInError, type TokenProvider } from "../auth/token-provider";

export type ApiError =
  | { kind: "unavailable"; status: number }
  | { kind: "problem"; status: number; code: string; detail?: string }
  | { kind: "network" }
  | { kind: "signin" }
  | { kind: "unexpected"; status: number; reference?: string };

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export interface HttpClientOptions {
  tokens: TokenProvider;
  baseUrl?: string;
  fetch?: typeof fetch;
}

/** PUT and PATCH are the dashboard's configuration pages'; the task pane reads and posts. */
export type Method = "GET" | "POST" | "PUT" | "PATCH";
export type Query = Record<string, string | number | undefined>;

export interface HttpClient {
  request<T>(method: Method, path: string, options?: { query?: Query; body?: unknown }): Promise<ApiResult<T>>;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Maps a non-2xx answer; exported for its table test. */
export function toApiError(status: number, body: unknown): ApiError {
  const problem = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
  const code = typeof problem.code === "string" ? problem.code : undefined;
  if (code) {
    const detail = typeof problem.detail === "string" ? problem.detail : undefined;
    return detail === undefined ? { kind: "problem", status, code } : { kind: "problem", status, code, detail };
  }
  if (status === 404 || status === 405 || status === 501) return { kind: "unavailable", status };
  // A proxy with no API behind it answers 502/504: the same as no network for the user.
  if (status === 502 || status === 504) return { kind: "network" };
  const reference = typeof problem.detail === "string" ? /reference (\S+?)\.?$/.exec(problem.detail)?.[1] : undefined;
  return reference ? { kind: "unexpected", status, reference } : { kind: "unexpected", status };
}

export function buildUrl(baseUrl: string, path: string, query: Query | undefined): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== "") params.set(k, String(v));
  const qs = params.toString();
  return `${baseUrl}${path}${qs ? `?${qs}` : ""}`;
}

export function createHttpClient(options: HttpClientOptions): HttpClient {
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
        // An expired token is refreshed once; a second rejection is a real sign-in problem.
        if (response.status === 401) response = await send(method, url, opts.body, true);
      } catch (error) {
        return { ok: false, error: error instanceof SignInError ? { kind: "signin" } : { kind: "network" } };
      }
      const json = await readJson(response);
      if (response.ok) return { ok: true, value: json as T };
      return { ok: false, error: toApiError(response.status, json) };
    },
  };
}
