/**
 * Starts the real Functions app in the local host on a loopback port with a throwaway embedded store
 * seeded with the demo firm, for end-to-end tests of the HTTP API. Tokens come from the development
 * issuer, through the same validation path as production tokens.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { signDevToken } from "../../adapters/auth/dev-issuer";
import { SqliteStore } from "../../adapters/sqlite/sqlite-store";
import { DEMO_TENANT_ID, DEMO_USERS } from "../../core/demo/demo-people";
import { seedDemoFirm } from "../../core/demo/seed-demo";
import type { IsoDate } from "../../core/domain/types";
import { type LocalHost, startLocalHost } from "../../scripts/local-host/host";

// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON answers field by field.
type AnyJson = any;

export interface LocalStack {
  url: string;
  dataDir: string;
  host: LocalHost;
  asOf: IsoDate;
  tokenFor(userId: string, overrides?: { tenantId?: string; lifetime?: number }): Promise<string>;
  call(
    method: string,
    path: string,
    token?: string,
    body?: unknown,
  ): Promise<{ status: number; json: AnyJson; headers: Headers }>;
  stop(): Promise<void>;
}

export async function startLocalStack(
  options: { asOf?: IsoDate; env?: Record<string, string> } = {},
): Promise<LocalStack> {
  const dataDir = mkdtempSync(join(tmpdir(), "nudge-stack-"));
  const asOf = options.asOf ?? "2026-11-23";
  const seedStore = SqliteStore.open({ dataDir });
  await seedDemoFirm(seedStore, { asOf });
  await seedStore.close();
  Object.assign(process.env, { NUDGE_DEV_AUTH: "1", NUDGE_DATA_DIR: dataDir, ...options.env });
  const entry = fileURLToPath(new URL("../../functions/index.ts", import.meta.url));
  const host = await startLocalHost({ port: 0, host: "127.0.0.1", entry });
  const url = host.url.replace("localhost", "127.0.0.1");
  return {
    url,
    dataDir,
    host,
    asOf,
    tokenFor(userId, overrides = {}) {
      const user = DEMO_USERS.find((u) => u.id === userId);
      if (!user) throw new Error(`no demo user ${userId}`);
      return signDevToken(dataDir, {
        email: user.email,
        name: user.displayName,
        oid: user.id,
        roles: user.roles,
        tenantId: overrides.tenantId ?? DEMO_TENANT_ID,
        ...(overrides.lifetime === undefined ? {} : { lifetime: overrides.lifetime }),
      });
    },
    async call(method, path, token, body) {
      const res = await fetch(`${url}/api${path}`, {
        method,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body ? { "content-type": "application/json" } : {}),
        },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      const text = await res.text();
      let json: unknown;
      try {
        json = text ? JSON.parse(text) : undefined;
      } catch {
        json = text;
      }
      return { status: res.status, json, headers: res.headers };
    },
    async stop() {
      await host.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
