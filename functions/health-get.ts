import { app } from "./azure";
import { getDeps } from "./compose";

/** Unauthenticated liveness: which store is behind the app and whether it answers. No data. */
app.http("health-get", {
  route: "health",
  methods: ["GET"],
  authLevel: "anonymous",
  handler: async () => {
    const deps = await getDeps();
    const storeOk = await deps.store.ping().catch(() => false);
    return {
      status: storeOk ? 200 : 503,
      jsonBody: {
        status: storeOk ? "ok" : "degraded",
        store: deps.store.kind,
        version: "0.1.0",
        time: deps.now().toISOString(),
      },
    };
  },
});
