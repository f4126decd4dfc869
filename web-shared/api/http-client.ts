/**
 * Calls the Nudge API same-origin (`/api` by default) with a bearer token and turns every answer
 * into a value: data, a problem+json `code`, "not available yet" (a route that is not deployed:
 * 404/405 without a code, or 501), a network failure or an unexpected error. Nothing here throws
 * for an HTTP outcome, so views render each state explicitly. The task pane and the dashboard share
 * it, so both pages describe failures the same way.
 *
 * Every POST carries an `Idempotency-Key` made once per call and reused on its retries, so a POST
 * whose answer was lost (flaky Wi-Fi, a gateway timeout) is retried once and the API acts once.
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
  /** A fresh `Idempotency-Key` per logical action; `crypto.randomUUID()` unless a test injects one. */
  newIdempotencyKey?: () => string;
  /** Waits before a retry; tests inject an immediate one. */
  sleep?: (ms: number) => Promise<void>;
}

/** PUT and PATCH are the dashboard's configuration pages'; the task pane reads and posts. */
export type Method = "GET" | "POST" | "PUT" | "PATCH";
export type Query = Record<string, string | number | undefined>;

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  /**
   * The `Idempotency-Key` of a POST. By default each `request` call is one logical action with its
   * own key; a caller that retries an action itself (a "try again" button) passes the key it used.
   */
  idempotencyKey?: string;
}

export interface HttpClient {
  request<T>(method: Method, path: string, options?: RequestOptions): Promise<ApiResult<T>>;
}

export const IDEMPOTENCY_HEADER = "Idempotency-Key";
/** Before the one automatic retry of a keyed POST after a network failure or a gateway timeout. */
const RETRY_DELAY_MS = 500;
/** Longest wait asked of a retry that found the first request still running (Retry-After, capped). */
const MAX_IN_PROGRESS_WAIT_MS = 5000;

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

/** The key as the IETF draft writes it: an RFC 8941 sf-string (a UUID needs no escaping). */
const quoted = (key: string) => `"${key.replace(/(["\\])/g, "\\$1")}"`;

/** A gateway that gave up waiting (or found no API): the request may or may not have run. */
const isGatewayFailure = (status: number) => status === 502 || status === 504;

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const baseUrl = options.baseUrl ?? "/api";
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const newKey = options.newIdempotencyKey ?? (() => globalThis.crypto.randomUUID());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));

  async function send(
    method: Method,
    url: string,
    body: unknown,
    key: string | undefined,
    forceRefresh: boolean,
  ): Promise<Response> {
    const token = await options.tokens.getToken({ forceRefresh });
    const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: "application/json" };
    if (body !== undefined) headers["content-type"] = "application/json";
    if (key !== undefined) headers[IDEMPOTENCY_HEADER] = quoted(key);
    return doFetch(url, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  }

  async function attempt(method: Method, url: string, body: unknown, key: string | undefined): Promise<Response> {
    const response = await send(method, url, body, key, false);
    // An expired token is refreshed once; a second rejection is a real sign-in problem.
    return response.status === 401 ? send(method, url, body, key, true) : response;
  }

  return {
    async request<T>(method: Method, path: string, opts: RequestOptions = {}) {
      const url = buildUrl(baseUrl, path, opts.query);
      // Every POST is a user's action: one key for it, sent again on every retry, so the API acts once.
      const key = method === "POST" ? (opts.idempotencyKey ?? newKey()) : undefined;
      let retried = false;
      let waited = false;
      for (;;) {
        let response: Response;
        try {
          response = await attempt(method, url, opts.body, key);
        } catch (error) {
          if (error instanceof SignInError) return { ok: false, error: { kind: "signin" } };
          // The answer was lost, not necessarily the action: with a key, asking again is safe.
          if (key !== undefined && !retried) {
            retried = true;
            await sleep(RETRY_DELAY_MS);
            continue;
          }
          return { ok: false, error: { kind: "network" } };
        }
        if (key !== undefined && !retried && isGatewayFailure(response.status)) {
          retried = true;
          await sleep(RETRY_DELAY_MS);
          continue;
        }
        const json = await readJson(response);
        if (response.ok) return { ok: true, value: json as T };
        const error = toApiError(response.status, json);
        // The retry overtook the first request, which is still running: wait for it once.
        if (key !== undefined && !waited && error.kind === "problem" && error.code === "IDEMPOTENCY_IN_PROGRESS") {
          waited = true;
          await sleep(retryAfterMs(response.headers.get("retry-after")));
          continue;
        }
        return { ok: false, error };
      }
    },
  };
}

/** Retry-After in seconds, capped; a cross-origin page may not see the header, then one second. */
function retryAfterMs(value: string | null): number {
  const seconds = value === null ? Number.NaN : Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds * 1000, MAX_IN_PROGRESS_WAIT_MS) : 1000;
}
