/** A demo firm in memory for drafting tests, with the principals the tests act as. */
import { MemoryStore } from "../../adapters/fakes/memory-store";
import { DEMO_TENANT_ID } from "../../core/demo/demo-people";
import { seedDemoFirm } from "../../core/demo/seed-demo";
import type { Principal } from "../../core/ports/principal";
import type { TenantStore } from "../../core/ports/store.port";

export const AS_OF = "2026-11-23";

export const MANAGER: Principal = {
  tenantId: DEMO_TENANT_ID,
  userId: "u-whitfield",
  email: "dana.whitfield@hartwellpryce.example",
  name: "Dana Whitfield",
  roles: ["manager"],
};

/** Jamie Chen collects the odd-numbered clients (CL-1001, CL-1003…). */
export const SPECIALIST: Principal = {
  tenantId: DEMO_TENANT_ID,
  userId: "u-chen",
  email: "jamie.chen@hartwellpryce.example",
  name: "Jamie Chen",
  roles: ["specialist"],
};

export async function demoStore(): Promise<TenantStore> {
  const store = new MemoryStore({ now: () => `${AS_OF}T12:00:00.000Z` });
  await seedDemoFirm(store, { asOf: AS_OF });
  return store.forTenant(DEMO_TENANT_ID);
}
