/**
 * App-only token for Microsoft Graph (client credentials of Nudge's Entra app registration, the same
 * app as the bot). Cached until a minute before it expires. The token never reaches a log.
 */
export interface AppCredentials {
  tenantId: string;
  clientId: string;
  clientSecret: string;
  /** Defaults to Entra ID's public cloud; tests point it at the loopback fake. */
  authorityHost?: string;
  scope?: string;
}

export function clientCredentialsToken(creds: AppCredentials, now: () => number = Date.now): () => Promise<string> {
  let cached: { token: string; until: number } | undefined;
  return async () => {
    if (cached && cached.until > now()) return cached.token;
    const host = (creds.authorityHost ?? "https://login.microsoftonline.com").replace(/\/$/, "");
    const res = await fetch(`${host}/${encodeURIComponent(creds.tenantId)}/oauth2/v2.0/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "client_credentials",
        client_id: creds.clientId,
        client_secret: creds.clientSecret,
        scope: creds.scope ?? "https://graph.microsoft.com/.default",
      }),
    });
    if (!res.ok) throw new Error(`token endpoint answered ${res.status}`);
    const body = (await res.json()) as { access_token?: string; expires_in?: number };
    if (!body.access_token) throw new Error("token endpoint returned no access_token");
    cached = { token: body.access_token, until: now() + Math.max(0, (body.expires_in ?? 3600) - 60) * 1000 };
    return cached.token;
  };
}
