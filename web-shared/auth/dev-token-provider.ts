/**
 * Tokens on this machine (the task pane preview, the dashboard on localhost): the local web server's dev-only `/dev/token` route signs them with the
 * development issuer for a demo user of the chosen role. Cached until a minute before expiry.
 */
import { SignInError, type TokenProvider } from "./token-provider";

export type DevRole = "specialist" | "partner" | "manager" | "admin";

/** Seconds since the epoch at which the JWT expires; 0 when unreadable (then it is refetched). */
export function jwtExpiry(token: string): number {
  try {
    const payload = token.split(".")[1] ?? "";
    const json = JSON.parse(atob(payload.replace(/-/g, "+").replace(/_/g, "/"))) as { exp?: unknown };
    return typeof json.exp === "number" ? json.exp : 0;
  } catch {
    return 0;
  }
}

export function createDevTokenProvider(
  role: DevRole,
  options: { fetch?: typeof fetch; now?: () => number; url?: string } = {},
): TokenProvider {
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const now = options.now ?? Date.now;
  let cached: { token: string; exp: number } | undefined;
  let pending: Promise<string> | undefined;

  async function fetchToken(): Promise<string> {
    const response = await doFetch(`${options.url ?? "/dev/token"}?role=${encodeURIComponent(role)}`, {
      headers: { accept: "application/json" },
    }).catch(() => undefined);
    const body = response?.ok ? ((await response.json()) as { token?: unknown }) : undefined;
    if (typeof body?.token !== "string") throw new SignInError("the development token route gave no token");
    cached = { token: body.token, exp: jwtExpiry(body.token) };
    return body.token;
  }

  return {
    getToken({ forceRefresh = false } = {}) {
      if (!forceRefresh && cached && cached.exp * 1000 - 60_000 > now()) return Promise.resolve(cached.token);
      // Concurrent first calls share one request.
      pending ??= fetchToken().finally(() => {
        pending = undefined;
      });
      return pending;
    },
  };
}
