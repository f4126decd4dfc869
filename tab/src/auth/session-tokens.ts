/**
 * Keeps a development token in the tab's sessionStorage until a minute before it expires, so a
 * reload of the dashboard does not ask `/dev/token` again — as MSAL keeps its tokens in the browser
 * cache in Entra sign-in. Only the development issuer's tokens (localhost) go through here.
 */
import { jwtExpiry } from "../../../web-shared/auth/dev-token-provider";
import type { TokenProvider } from "../../../web-shared/auth/token-provider";

export function sessionCachedTokens(
  inner: TokenProvider,
  key: string,
  storage: Pick<Storage, "getItem" | "setItem" | "removeItem"> | undefined = globalThis.sessionStorage,
  now: () => number = Date.now,
): TokenProvider {
  return {
    async getToken(options = {}) {
      const kept = storage?.getItem(key);
      if (!options.forceRefresh && kept && jwtExpiry(kept) * 1000 - 60_000 > now()) return kept;
      const token = await inner.getToken(options);
      storage?.setItem(key, token);
      return token;
    },
  };
}
