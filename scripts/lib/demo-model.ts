/**
 * `npm start` trains the demo firm's payment model once, right after seeding (about a second for the
 * small demo firm), so the task pane, worklist and bot show real scores from the first start.
 */
import { DEMO_TENANT_ID } from "../../core/demo/demo-people";
import type { Store } from "../../core/ports/store.port";
import { trainAndStoreModel, versionIdFor } from "../../core/usecases/model-lifecycle";
import { loadModelInService } from "../../core/usecases/model-store";

export async function trainDemoModelIfMissing(store: Store, today: string): Promise<void> {
  const tenant = store.forTenant(DEMO_TENANT_ID);
  if (await loadModelInService(tenant)) return;
  const result = await trainAndStoreModel(tenant, {
    asOf: today,
    versionId: versionIdFor(today, globalThis.crypto.randomUUID().slice(0, 8)),
    now: new Date().toISOString(),
    actorId: "npm-start",
  });
  if (!result.ok) {
    console.log(`nudge: no payment model yet (${result.code}); run \`npx nudge model train\``);
    return;
  }
  const v = result.value;
  console.log(
    `nudge: trained payment model ${v.versionId}${v.provisional ? " (provisional)" : ""}, scored ${v.scored.accounts} accounts`,
  );
}
