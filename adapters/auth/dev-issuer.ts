/**
 * The local development issuer: an RS256 key pair kept in the data folder, so `nudge dev-token`
 * (one process) and the local host (another) agree. Tokens it signs go through the very same
 * validation as Entra ID tokens; only the issuer, key set and tenant differ.
 */
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { exportJWK, generateKeyPair, importJWK, type JWK, SignJWT } from "jose";

export const DEV_ISSUER = "https://nudge.local/dev-issuer/v2.0";
export const DEV_AUDIENCE = "api://localhost/nudge";
export const DEV_TENANT_ID = "demo-firm";
const KID = "nudge-dev-1";

interface KeyFile {
  privateJwk: JWK;
  publicJwk: JWK;
}

const creating = new Map<string, Promise<KeyFile>>();

/**
 * Reads the key pair, or makes it once. Two processes starting together (the host and the CLI)
 * must end with ONE key: the file is created exclusively, and the loser of the race reads the
 * winner's key instead of overwriting it.
 */
function loadOrCreate(dataDir: string): Promise<KeyFile> {
  const file = join(dataDir, "dev-issuer.jwk.json");
  if (existsSync(file)) return Promise.resolve(JSON.parse(readFileSync(file, "utf8")) as KeyFile);
  let pending = creating.get(file);
  if (!pending) {
    pending = (async () => {
      const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
      const keys: KeyFile = {
        privateJwk: { ...(await exportJWK(privateKey)), kid: KID, alg: "RS256" },
        publicJwk: { ...(await exportJWK(publicKey)), kid: KID, alg: "RS256", use: "sig" },
      };
      mkdirSync(dataDir, { recursive: true });
      // Written whole under a private name, then linked into place: readers never see half a file.
      const temp = `${file}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify(keys), { mode: 0o600 });
      try {
        linkSync(temp, file);
        return keys;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
        return JSON.parse(readFileSync(file, "utf8")) as KeyFile;
      } finally {
        rmSync(temp, { force: true });
      }
    })().finally(() => creating.delete(file));
    creating.set(file, pending);
  }
  return pending;
}

export async function devJwks(dataDir: string): Promise<{ keys: JWK[] }> {
  return { keys: [(await loadOrCreate(dataDir)).publicJwk] };
}

export interface DevTokenClaims {
  email: string;
  name: string;
  oid: string;
  roles: string[];
  tenantId?: string;
  /** Seconds; default one hour. */
  lifetime?: number;
}

export async function signDevToken(dataDir: string, claims: DevTokenClaims, now = Date.now()): Promise<string> {
  const keys = await loadOrCreate(dataDir);
  const key = await importJWK(keys.privateJwk, "RS256");
  const iat = Math.floor(now / 1000);
  return new SignJWT({
    tid: claims.tenantId ?? DEV_TENANT_ID,
    oid: claims.oid,
    preferred_username: claims.email,
    name: claims.name,
    roles: claims.roles,
    scp: "access_as_user",
    ver: "2.0",
  })
    .setProtectedHeader({ alg: "RS256", kid: KID, typ: "JWT" })
    .setIssuer(DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setSubject(claims.oid)
    .setIssuedAt(iat)
    .setNotBefore(iat - 5)
    .setExpirationTime(iat + (claims.lifetime ?? 3600))
    .sign(key);
}
