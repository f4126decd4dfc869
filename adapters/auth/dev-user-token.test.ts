import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLocalJWKSet, jwtVerify } from "jose";
import { afterAll, describe, expect, it } from "vitest";
import { DEMO_TENANT_ID } from "../../core/demo/demo-people";
import { seedDemoFirm } from "../../core/demo/seed-demo";
import { MemoryStore } from "../fakes/memory-store";
import { DEV_AUDIENCE, DEV_ISSUER, devJwks } from "./dev-issuer";
import { devTokenFor } from "./dev-user-token";

const dataDir = mkdtempSync(join(tmpdir(), "nudge-devtoken-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function seeded() {
  const store = new MemoryStore();
  await seedDemoFirm(store, { asOf: "2026-11-23" });
  return store;
}

describe("devTokenFor", () => {
  it("picks the specialist who collects the most accounts (ties by id) and signs a valid token", async () => {
    const result = await devTokenFor(await seeded(), dataDir, DEMO_TENANT_ID, { role: "specialist" });
    if (!result.ok) throw new Error(result.message);
    expect(result.user).toMatchObject({ id: "u-chen", roles: ["specialist"] });
    const { payload } = await jwtVerify(result.token, createLocalJWKSet(await devJwks(dataDir)), {
      issuer: DEV_ISSUER,
      audience: DEV_AUDIENCE,
    });
    expect(payload).toMatchObject({
      oid: "u-chen",
      tid: DEMO_TENANT_ID,
      preferred_username: "jamie.chen@hartwellpryce.example",
    });
  });

  it.each([
    [{ role: "partner" }, "u-delgado"],
    [{ role: "manager" }, "u-whitfield"],
    [{ email: "alex.morgan@hartwellpryce.example" }, "u-morgan"],
  ])("%j → %s", async (who, id) => {
    const result = await devTokenFor(await seeded(), dataDir, DEMO_TENANT_ID, who);
    expect(result.ok && result.user.id).toBe(id);
  });

  it("explains what is wrong instead of signing", async () => {
    const store = await seeded();
    expect(await devTokenFor(store, dataDir, DEMO_TENANT_ID, { role: "owner" })).toMatchObject({
      ok: false,
      reason: "BAD_ROLE",
    });
    expect(await devTokenFor(store, dataDir, DEMO_TENANT_ID, { email: "nobody@x.example" })).toMatchObject({
      ok: false,
      reason: "NO_SUCH_USER",
    });
    expect(await devTokenFor(new MemoryStore(), dataDir, DEMO_TENANT_ID, { role: "admin" })).toMatchObject({
      ok: false,
      reason: "NO_USERS",
    });
  });
});
