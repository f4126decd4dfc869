/**
 * Binary answers (a queued letter's PDF) with the signed-in token. The shared JSON client reads
 * every body as JSON, and the pane cannot point a window at an authenticated URL, so files come
 * through this small companion: same base URL, bearer token, one refresh after a 401, and the same
 * mapping of failures to values (`toApiError`), so views show a failed download like any other.
 */
import { type ApiResult, buildUrl, toApiError } from "../../../web-shared/api/http-client";
import { SignInError, type TokenProvider } from "../../../web-shared/auth/token-provider";

export interface FileClient {
  /** GET a file; the value is its bytes with the answer's content type. */
  get(path: string, accept: string): Promise<ApiResult<Blob>>;
}

export interface FileClientOptions {
  tokens: TokenProvider;
  baseUrl?: string;
  fetch?: typeof fetch;
}

async function problemBody(response: Response): Promise<unknown> {
  try {
    return JSON.parse(await response.text());
  } catch {
    return undefined;
  }
}

export function createFileClient(options: FileClientOptions): FileClient {
  const baseUrl = options.baseUrl ?? "/api";
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  async function send(url: string, accept: string, forceRefresh: boolean): Promise<Response> {
    const token = await options.tokens.getToken({ forceRefresh });
    // Problems still arrive as problem+json, so the file type is asked for beside it.
    const headers = { authorization: `Bearer ${token}`, accept: `${accept}, application/problem+json` };
    return doFetch(url, { method: "GET", headers });
  }

  return {
    async get(path, accept) {
      const url = buildUrl(baseUrl, path, undefined);
      let response: Response;
      try {
        response = await send(url, accept, false);
        if (response.status === 401) response = await send(url, accept, true);
        if (response.ok) return { ok: true, value: await response.blob() };
      } catch (error) {
        return { ok: false, error: error instanceof SignInError ? { kind: "signin" } : { kind: "network" } };
      }
      return { ok: false, error: toApiError(response.status, await problemBody(response)) };
    },
  };
}
