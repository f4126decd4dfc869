/**
 * The nightly retrain, 02:00 UTC (before the 06:00 follow-up run, which acts on the model's
 * escalation days): for every firm, train, gate, store, and re-score the open book as of the app's
 * day (`deps.today()`, the day the score and worklist routes default to, so their reads find the
 * stored scores fresh instead of re-scoring). A firm with too little history is skipped; a failing
 * firm fails the invocation so the host retries it. Logs carry ids, codes and counts only.
 */
import { trainAndStoreModel, versionIdFor } from "../core/usecases/model-lifecycle";
import { app } from "./azure";
import { getDeps } from "./compose";

app.timer("model-nightly", {
  schedule: "0 0 2 * * *",
  handler: async (_timer, context) => {
    const deps = await getDeps();
    const now = deps.now().toISOString();
    const asOf = deps.today();
    let failed = 0;
    for (const tenantId of await deps.store.listTenantIds()) {
      try {
        const store = deps.store.forTenant(tenantId);
        const versionId = versionIdFor(asOf, globalThis.crypto.randomUUID().slice(0, 8));
        const r = await trainAndStoreModel(store, { asOf, versionId, now, actorId: "model-nightly" });
        if (!r.ok) {
          context.log(`model-nightly tenant=${tenantId} asOf=${asOf} skipped code=${r.code}`);
          continue;
        }
        const v = r.value;
        context.log(
          `model-nightly tenant=${tenantId} asOf=${asOf} version=${v.versionId} promoted=${v.promotion.promoted} inService=${v.inService} provisional=${v.provisional} clients=${v.scored.clients} accounts=${v.scored.accounts} invoices=${v.scored.invoices}`,
        );
      } catch (error) {
        failed += 1;
        context.error(`model-nightly tenant=${tenantId} failed (${(error as Error)?.name ?? "error"})`);
      }
    }
    if (failed) throw new Error(`model-nightly: ${failed} firm(s) failed`);
  },
});
