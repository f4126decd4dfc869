/**
 * Which sign-in the page uses. On this machine (localhost) the development issuer signs tokens for
 * a demo user of the chosen role through the web server's `/dev/token`; inside Teams MSAL nested app
 * authentication (the host brokers single sign-on); in a browser MSAL's redirect flow.
 */
import { authConfigFor } from "../../../web-shared/auth/auth-config";
import { createDevTokenProvider, type DevRole } from "../../../web-shared/auth/dev-token-provider";
import { createNaaTokenProvider } from "../../../web-shared/auth/naa-token-provider";
import type { TokenProvider } from "../../../web-shared/auth/token-provider";
import { createRedirectTokenProvider } from "./redirect-token-provider";
import { sessionCachedTokens } from "./session-tokens";

export type SignIn = "development" | "teams" | "redirect";

export function signInFor(hostname: string, inTeams: boolean): SignIn {
  if (hostname === "localhost" || hostname === "127.0.0.1") return "development";
  return inTeams ? "teams" : "redirect";
}

export function tokensFor(kind: SignIn, host: string, role: DevRole): TokenProvider {
  if (kind === "development") return sessionCachedTokens(createDevTokenProvider(role), `nudge.dev-token.${role}`);
  if (kind === "teams") return createNaaTokenProvider(authConfigFor(host));
  return createRedirectTokenProvider(authConfigFor(host));
}
