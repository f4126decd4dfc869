/**
 * The daily follow-up run for every firm, at 06:00 (UTC unless the app sets WEBSITE_TIME_ZONE). Each
 * firm runs for its own calendar day in its own time zone. A failed firm fails the invocation so the
 * host retries it, which is safe: touches already claimed draft nothing again. Logs carry counts only.
 */
import { localTimeAt } from "../core/workflow/guardrails/local-time";
import { app } from "./azure";
import { getDeps } from "./compose";
import { runDailySequences } from "./workflow-deps";

app.timer("sequences-daily", {
  schedule: "0 0 6 * * *",
  handler: async (_timer, context) => {
    const deps = await getDeps();
    const runAt = deps.now().toISOString();
    let failed = 0;
    for (const tenantId of await deps.store.listTenantIds()) {
      try {
        const tenant = await deps.store.forTenant(tenantId).getTenant();
        const asOf = localTimeAt(runAt, tenant?.timeZone ?? "UTC").date;
        const s = await runDailySequences(deps, tenantId, { asOf, runAt });
        context.log(
          `sequences-daily tenant=${tenantId} asOf=${asOf} created=${s.created} skipped=${s.skipped} paused=${s.paused} escalations=${s.escalations.created} failures=${s.failures}`,
        );
      } catch (error) {
        failed += 1;
        context.error(`sequences-daily tenant=${tenantId} failed (${(error as Error)?.name ?? "error"})`);
      }
    }
    // Failing the invocation lets the host retry; firms already run create nothing twice.
    if (failed) throw new Error(`sequences-daily: ${failed} firm(s) failed`);
  },
});
