/**
 * Where the API client gets its bearer token: MSAL nested app auth in Outlook and Teams, MSAL's redirect
 * flow in a browser tab, the dev issuer on localhost.
 */
export interface TokenProvider {
  /** `forceRefresh` after the API rejected the last token (expired or revoked). */
  getToken(options?: { forceRefresh?: boolean }): Promise<string>;
}

/** Thrown when no token can be had; the page shows a sign-in message instead of a stack trace. */
export class SignInError extends Error {
  override name = "SignInError";
}
