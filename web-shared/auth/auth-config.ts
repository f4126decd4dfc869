/**
 * Build-time sign-in settings for the task pane and the dashboard. The API's scope is
 * `api://<add-in host>/<client id>/access_as_user`, the same resource the manifest's
 * webApplicationInfo declares; the host is where the pages are served from, so only the client id
 * is configured. A production build defines `__NUDGE_AAD_CLIENT_ID__` (webpack DefinePlugin from
 * AAD_APP_CLIENT_ID); without it the local development id of manifest/env/.env.local is used.
 */
declare const __NUDGE_AAD_CLIENT_ID__: string | undefined;

export const LOCAL_CLIENT_ID = "00000000-0000-0000-0000-000000000002";

export interface AuthConfig {
  clientId: string;
  authority: string;
  scopes: string[];
}

function builtClientId(): string {
  return typeof __NUDGE_AAD_CLIENT_ID__ === "string" && __NUDGE_AAD_CLIENT_ID__
    ? __NUDGE_AAD_CLIENT_ID__
    : LOCAL_CLIENT_ID;
}

export function authConfigFor(host: string, clientId: string = builtClientId()): AuthConfig {
  return {
    clientId,
    // Multi-tenant: each firm signs in with its own Entra tenant; the API checks the tenant allow-list.
    authority: "https://login.microsoftonline.com/common",
    scopes: [`api://${host}/${clientId}/access_as_user`],
  };
}
