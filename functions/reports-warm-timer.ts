/**
 * Keeps the managers' dashboard quick on large firms: every 30 minutes it recomputes each firm's
 * 12-week portfolio trend (the report a manager's first view needs and that replays the whole
 * ledger), so the page reads a fresh copy instead of waiting seconds for it.
 */
import { getPortfolioTrend } from "../core/reports/portfolio-report";
import { app } from "./azure";
import { getDeps } from "./compose";

app.timer("reports-warm", {
  schedule: "0 */30 * * * *",
  handler: async (_timer, invocation) => {
    const deps = await getDeps();
    for (const tenantId of await deps.store.listTenantIds()) {
      const principal = {
        tenantId,
        userId: "nudge-reports",
        email: "",
        name: "Nudge reports",
        roles: ["manager" as const],
      };
      const t0 = Date.now();
      await getPortfolioTrend(deps.store.forTenant(tenantId), principal, {
        asOf: deps.today(),
        weeks: 12,
        periodDays: 90,
        now: deps.now().toISOString(),
        refresh: true,
      });
      invocation.log(`reports warm tenant=${tenantId} ms=${Date.now() - t0}`);
    }
  },
});
