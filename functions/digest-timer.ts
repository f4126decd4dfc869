/**
 * The managers' weekly digest, Monday 08:00 on each firm's own clock (tenant.timeZone). The timer
 * fires hourly in UTC and the bot posts for each firm whose Monday 08:00 has come: firms differ in
 * time zone, and WEBSITE_TIME_ZONE (which would shift a "0 0 8 * * 1" schedule) is not supported
 * on the Flex Consumption plan the app runs on. A once-per-week claim makes reruns post nothing twice.
 */
import { app } from "./azure";
import { getDeps } from "./compose";

app.timer("weekly-digest", {
  schedule: "0 0 * * * *",
  handler: async (_timer, invocation) => {
    const deps = await getDeps();
    if (!deps.bot) return;
    for (const { tenantId, status } of await deps.bot.runScheduledDigests()) {
      if (status !== "not-due") invocation.log(`weekly digest tenant=${tenantId} status=${status}`);
    }
  },
});
