/**
 * Validates bearer tokens: signature against the issuer's key set, issuer, audience, expiry (with a
 * minute of clock tolerance), tenant allow-list, and that it is a signed-in user's token: the API's
 * delegated scope (`scp`, e.g. `access_as_user`) must be granted, and an app-only token (`idtyp`
 * `app`, or app roles without `scp`) is refused; app roles in a user's token only name their Nudge
 * role. Entra ID v2 issuers are per tenant (`https://login.microsoftonline.com/{tid}/v2.0`), so the
 * issuer is checked against the token's own `tid` after the tid passed the allow-list.
 */
import { createLocalJWKSet, createRemoteJWKSet, decodeJwt, type JWTPayload, jwtVerify } from "jose";
import { fail, ok, type Result } from "../../core/errors/codes";

export interface VerifiedClaims {
  tenantId: string;
  objectId: string;
  email: string;
  name: string;
  roles: string[];
  scopes: string[];
}

export interface TokenValidatorOptions {
  audience: string;
  tenantIds: string[];
  requiredScope: string;
  /** Issuer for a tenant id. */
  issuerFor: (tenantId: string) => string;
  keySet: Parameters<typeof jwtVerify>[1];
}

export type TokenValidator = (authorization: string | undefined) => Promise<Result<VerifiedClaims>>;

export function entraKeySet(): TokenValidatorOptions["keySet"] {
  return createRemoteJWKSet(new URL("https://login.microsoftonline.com/common/discovery/v2.0/keys"));
}

export function localKeySet(jwks: { keys: object[] }): TokenValidatorOptions["keySet"] {
  return createLocalJWKSet(jwks as Parameters<typeof createLocalJWKSet>[0]);
}

export function createTokenValidator(options: TokenValidatorOptions): TokenValidator {
  return async (authorization) => {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? "");
    if (!match?.[1]) return fail("AUTH_MISSING", "an Authorization: Bearer token is required");
    const token = match[1];
    let unverified: JWTPayload;
    try {
      unverified = decodeJwt(token);
    } catch {
      return fail("AUTH_INVALID", "the token is not a JWT");
    }
    const tid = typeof unverified.tid === "string" ? unverified.tid : "";
    if (!options.tenantIds.includes(tid)) return fail("AUTH_INVALID", "the token's tenant is not allowed");
    try {
      const { payload } = await jwtVerify(token, options.keySet, {
        issuer: options.issuerFor(tid),
        audience: options.audience,
        algorithms: ["RS256"],
        clockTolerance: 60,
        requiredClaims: ["exp", "iat", "tid"],
      });
      const scopes = typeof payload.scp === "string" ? payload.scp.split(" ") : [];
      const roles = Array.isArray(payload.roles) ? payload.roles.map(String) : [];
      if (payload.idtyp === "app") return fail("FORBIDDEN", "an app-only token is not accepted; sign in as a user");
      if (!scopes.includes(options.requiredScope)) {
        return fail("FORBIDDEN", `the token lacks the ${options.requiredScope} scope`);
      }
      const email = String(payload.preferred_username ?? payload.upn ?? payload.email ?? "");
      return ok({
        tenantId: tid,
        objectId: String(payload.oid ?? payload.sub ?? ""),
        email: email.toLowerCase(),
        name: String(payload.name ?? email),
        roles,
        scopes,
      });
    } catch (error) {
      const code = (error as { code?: string }).code ?? "invalid";
      return fail("AUTH_INVALID", `the token was rejected (${code})`);
    }
  };
}
