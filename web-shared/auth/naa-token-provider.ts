/**
 * Tokens for the Nudge API inside Outlook or Teams through MSAL nested app authentication: the host
 * brokers single sign-on. Silent first; when the host needs the user (consent, MFA, expired
 * session) the documented fallback is an interactive popup. MSAL is loaded on first use so it
 * stays out of the pages' initial bundles.
 */
import type { IPublicClientApplication } from "@azure/msal-browser";
import type { AuthConfig } from "./auth-config";
import { SignInError, type TokenProvider } from "./token-provider";

export type PcaFactory = (
  config: AuthConfig,
) => Promise<Pick<IPublicClientApplication, "acquireTokenSilent" | "acquireTokenPopup">>;

const msalFactory: PcaFactory = async (config) => {
  const { createNestablePublicClientApplication } = await import("@azure/msal-browser");
  return createNestablePublicClientApplication({ auth: { clientId: config.clientId, authority: config.authority } });
};

export interface NaaTokenProvider extends TokenProvider {
  /**
   * Loads MSAL and tries a silent token while the pane starts, so the first API call does not
   * wait for it. Never prompts: an interactive sign-in only follows a real request.
   */
  warmUp(): void;
}

export function createNaaTokenProvider(config: AuthConfig, factory: PcaFactory = msalFactory): NaaTokenProvider {
  let app: ReturnType<PcaFactory> | undefined;
  return {
    warmUp() {
      app ??= factory(config);
      app.then((pca) => pca.acquireTokenSilent({ scopes: config.scopes })).catch(() => undefined);
    },
    async getToken(options = {}) {
      app ??= factory(config);
      let pca: Awaited<ReturnType<PcaFactory>>;
      try {
        pca = await app;
      } catch {
        app = undefined;
        throw new SignInError("MSAL could not start");
      }
      const request = { scopes: config.scopes, ...(options.forceRefresh ? { forceRefresh: true } : {}) };
      try {
        return (await pca.acquireTokenSilent(request)).accessToken;
      } catch {
        try {
          return (await pca.acquireTokenPopup({ scopes: config.scopes })).accessToken;
        } catch {
          throw new SignInError("interactive sign-in failed");
        }
      }
    },
  };
}
