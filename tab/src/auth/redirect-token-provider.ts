/**
 * Tokens for the dashboard opened in a browser outside Teams: MSAL's redirect flow. The first call
 * finishes a redirect that brought the user back (handleRedirectPromise), then tries silently; when
 * the user must sign in, the page navigates to Entra ID and comes back here. MSAL is loaded on first
 * use so it stays out of the page's first bundle.
 */
import type { AccountInfo, IPublicClientApplication } from "@azure/msal-browser";
import type { AuthConfig } from "../../../web-shared/auth/auth-config";
import { SignInError, type TokenProvider } from "../../../web-shared/auth/token-provider";

export type RedirectPca = Pick<
  IPublicClientApplication,
  "handleRedirectPromise" | "getAllAccounts" | "acquireTokenSilent" | "acquireTokenRedirect" | "loginRedirect"
>;
export type RedirectPcaFactory = (config: AuthConfig) => Promise<RedirectPca>;

const msalFactory: RedirectPcaFactory = async (config) => {
  const { createStandardPublicClientApplication } = await import("@azure/msal-browser");
  const pca = await createStandardPublicClientApplication({
    auth: { clientId: config.clientId, authority: config.authority, redirectUri: `${location.origin}/dashboard.html` },
    cache: { cacheLocation: "sessionStorage" },
  });
  return pca;
};

export function createRedirectTokenProvider(
  config: AuthConfig,
  factory: RedirectPcaFactory = msalFactory,
): TokenProvider {
  let ready: Promise<{ pca: RedirectPca; account: AccountInfo | undefined }> | undefined;
  const start = async () => {
    const pca = await factory(config);
    const back = await pca.handleRedirectPromise();
    return { pca, account: back?.account ?? pca.getAllAccounts()[0] };
  };
  return {
    async getToken(options = {}) {
      ready ??= start();
      let state: Awaited<typeof ready>;
      try {
        state = await ready;
      } catch {
        ready = undefined;
        throw new SignInError("MSAL could not start");
      }
      if (!state.account) {
        await state.pca.loginRedirect({ scopes: config.scopes });
        throw new SignInError("signing in");
      }
      try {
        const result = await state.pca.acquireTokenSilent({
          scopes: config.scopes,
          account: state.account,
          ...(options.forceRefresh ? { forceRefresh: true } : {}),
        });
        return result.accessToken;
      } catch {
        await state.pca.acquireTokenRedirect({ scopes: config.scopes, account: state.account });
        throw new SignInError("signing in again");
      }
    },
  };
}
