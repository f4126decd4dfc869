/**
 * Benchmark of the daily follow-up run (`npx tsx scripts/bench-sequences.ts [--all-open] [--as-of DATE]`).
 * Seeds the `bench` demo firm (10,000 clients, 200,000 invoices) into a throwaway SQLite store, then
 * times three runs: the first (every open invoice catches up to its current step), a rerun of the
 * same day (idempotent: nothing created) and the next day. `--all-open` reopens every invoice first,
 * so the run faces 200,000 open invoices (the target: under 30 s). Prints figures only.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { DatabaseSync } from "node:sqlite";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { SqliteStore } from "../adapters/sqlite/sqlite-store";
import { addDays } from "../core/domain/dates";
import { generateDemoFirm } from "../core/demo/demo-firm";
import type { Invoice } from "../core/domain/types";
import { basicRenderer } from "../core/workflow/drafts/basic-render";
import { queueDraftSink } from "../core/workflow/drafts/queue-sink";
import { runSequences } from "../core/workflow/engine/run-sequences";

const { values } = parseArgs({ options: { "all-open": { type: "boolean" }, "as-of": { type: "string" } } });
const asOf = values["as-of"] ?? new Date().toISOString().slice(0, 10);
const dir = mkdtempSync(join(tmpdir(), "nudge-bench-"));
const seconds = (t0: number) => ((performance.now() - t0) / 1000).toFixed(2);

/**
 * Without table statistics SQLite's planner answers per-client queries by scanning the whole firm
 * (100+ ms each at this size). SQLite recommends `PRAGMA optimize` after bulk changes; the embedded
 * adapter does not run it yet, so the benchmark does, after the load and after each run.
 */
function optimize(dataDir: string): void {
  const side = new DatabaseSync(join(dataDir, "nudge.db"));
  side.exec("PRAGMA optimize=0x10002");
  side.close();
}

try {
  const store = SqliteStore.open({ dataDir: dir });
  let t0 = performance.now();
  const firm = generateDemoFirm({ asOf, size: "bench" });
  if (values["all-open"]) {
    // Stress variant: every invoice still owed in full, so every one is in the run.
    firm.batch.invoices = firm.batch.invoices!.map(
      ({ paidDate: _p, ...i }): Invoice => ({ ...i, status: "open", balanceMinor: i.amountMinor }),
    );
    firm.batch.payments = [];
  }
  const tenant = store.forTenant(firm.tenant.id);
  await tenant.putTenant(firm.tenant);
  await tenant.applyLedgerBatch(firm.batch, "bench");
  await tenant.appendInteractions(firm.interactions);
  optimize(dir);
  console.log(
    `seeded ${firm.batch.invoices!.length} invoices, ${firm.batch.clients!.length} clients, ${firm.interactions.length} interactions in ${seconds(t0)} s`,
  );

  let ids = 0;
  const deps = { sink: queueDraftSink(tenant.documents), render: basicRenderer, newId: () => `bench-${++ids}` };
  for (const [label, day] of [
    ["first run (catch-up)", asOf],
    ["rerun same day", asOf],
    ["next day", addDays(asOf, 1)],
  ] as const) {
    t0 = performance.now();
    const s = await runSequences(tenant, { asOf: day, runAt: `${day}T06:00:00.000Z` }, deps);
    const took = (performance.now() - t0) / 1000;
    console.log(
      `${label.padEnd(22)} ${took.toFixed(2).padStart(7)} s  open=${s.openInvoices} created=${s.created} touched=${s.touched} ` +
        `skipped=${s.skipped} paused=${s.paused} notDue=${s.notDue} escalations=${s.escalations.created} ` +
        `(${((took * 1e6) / Math.max(1, s.openInvoices)).toFixed(0)} µs per open invoice)`,
    );
    optimize(dir);
  }
  await store.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
