import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEV_AUDIENCE, DEV_ISSUER, DEV_TENANT_ID, devJwks, signDevToken } from "./dev-issuer";
import { createTokenValidator, localKeySet, type TokenValidator } from "./token-validator";

const TENANT = "11111111-1111-1111-1111-111111111111";
const AUDIENCE = "api://nudge.example/22222222-2222-2222-2222-222222222222";
const issuerFor = (tid: string) => `https://login.microsoftonline.com/${tid}/v2.0`;

let sign: (claims: JWTPayload) => Promise<string>;
let validate: TokenValidator;
const dataDir = mkdtempSync(join(tmpdir(), "nudge-validator-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

beforeAll(async () => {
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid: "k1", alg: "RS256", use: "sig" };
  sign = (claims) => {
    const iat = Math.floor(Date.now() / 1000);
    return new SignJWT({ tid: TENANT, oid: "user-1", preferred_username: "a@firm.example", name: "A", ...claims })
      .setProtectedHeader({ alg: "RS256", kid: "k1" })
      .setIssuer(issuerFor(TENANT))
      .setAudience(AUDIENCE)
      .setIssuedAt(iat)
      .setExpirationTime(iat + 600)
      .sign(privateKey);
  };
  validate = createTokenValidator({
    audience: AUDIENCE,
    tenantIds: [TENANT],
    requiredScope: "access_as_user",
    issuerFor,
    keySet: localKeySet({ keys: [jwk] }),
  });
});

describe("token validation: delegated user tokens only", () => {
  it("accepts a user's token with the API's delegated scope (and app roles)", async () => {
    const result = await validate(`Bearer ${await sign({ scp: "User.Read access_as_user", roles: ["partner"] })}`);
    expect(result).toMatchObject({ ok: true, value: { objectId: "user-1", roles: ["partner"] } });
  });

  it("refuses an app-only token: roles but no scp", async () => {
    expect(await validate(`Bearer ${await sign({ roles: ["manager"] })}`)).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
      message: "the token lacks the access_as_user scope",
    });
  });

  it("refuses a token marked idtyp=app, even carrying the scope", async () => {
    expect(
      await validate(`Bearer ${await sign({ idtyp: "app", scp: "access_as_user", roles: ["admin"] })}`),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("refuses a delegated token for another scope", async () => {
    expect(await validate(`Bearer ${await sign({ scp: "User.Read", roles: ["partner"] })}`)).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
  });

  it("keeps the development issuer's tokens working", async () => {
    const dev = createTokenValidator({
      audience: DEV_AUDIENCE,
      tenantIds: [DEV_TENANT_ID],
      requiredScope: "access_as_user",
      issuerFor: () => DEV_ISSUER,
      keySet: localKeySet(await devJwks(dataDir)),
    });
    const token = await signDevToken(dataDir, {
      email: "jamie.chen@hartwellpryce.example",
      name: "Jamie Chen",
      oid: "u-chen",
      roles: ["specialist"],
    });
    expect(await dev(`Bearer ${token}`)).toMatchObject({ ok: true, value: { objectId: "u-chen" } });
  });
});
