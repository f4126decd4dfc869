/**
 * `npm start`: the whole product locally. Seeds the demo firm on first start, serves the Functions
 * app's real registrations on http://localhost:7071/api, and the task pane and dashboard on
 * https://localhost:3000 (webpack dev server, /api proxied to the host). Ctrl-C stops everything.
 */
import { fileURLToPath } from "node:url";
import { SqliteStore } from "../adapters/sqlite/sqlite-store";
import { DEMO_TENANT_ID } from "../core/demo/demo-people";
import { seedDemoFirm } from "../core/demo/seed-demo";
import { trainDemoModelIfMissing } from "./lib/demo-model";
import { startLocalHost } from "./local-host/host";
import { startWebServer } from "./web-server";

process.env.NUDGE_DEV_AUTH ??= "1";
process.env.NUDGE_DATA_DIR ??= ".data";

async function seedIfEmpty(dataDir: string, today: string): Promise<void> {
  const store = SqliteStore.open({ dataDir });
  try {
    if (await store.forTenant(DEMO_TENANT_ID).getTenant()) {
      console.log(`nudge: reusing the data in ${dataDir}`);
      await trainDemoModelIfMissing(store, today);
      return;
    }
    const result = await seedDemoFirm(store, { asOf: today });
    console.log(`nudge: seeded the demo firm (${result.counts.invoices.created} invoices) into ${dataDir}`);
    await trainDemoModelIfMissing(store, today);
  } finally {
    await store.close();
  }
}

async function main(): Promise<void> {
  const dataDir = process.env.NUDGE_DATA_DIR!;
  if (!process.env.COSMOS_ENDPOINT) await seedIfEmpty(dataDir, new Date().toISOString().slice(0, 10));
  const entry = fileURLToPath(new URL("../functions/index.ts", import.meta.url));
  const host = await startLocalHost({ port: Number(process.env.PORT ?? 7071), entry });
  // The preview signs in with development tokens only when the host accepts them.
  const devAuth = process.env.NUDGE_DEV_AUTH === "1" ? { dataDir } : {};
  const web =
    process.env.NUDGE_NO_WEB === "1"
      ? undefined
      : await startWebServer({ port: 3000, apiTarget: host.url, ...devAuth });
  console.log(
    [
      "",
      "Nudge is running.",
      `  API        ${host.url}/api/health  (${host.registrations.length} functions)`,
      ...(web ? [`  Task pane  ${web.url}/preview.html`, `  Dashboard  ${web.url}/dashboard.html`] : []),
      "  Demo users: eleanor.hartwell@hartwellpryce.example (partner), jamie.chen@… (specialist),",
      "              dana.whitfield@… (manager), alex.morgan@… (admin)",
      "  Token:      npx nudge dev-token --role specialist",
      "Press Ctrl-C to stop.",
    ].join("\n"),
  );
  const stop = async () => {
    await Promise.allSettled([host.close(), web?.close()]);
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(`nudge: could not start: ${(error as Error).message}`);
  process.exit(1);
});
