/**
 * `npm run bench:foundation`: import throughput and aging time for the `bench` demo firm
 * (10,000 clients, 200,000 invoices) on the embedded store. Prints figures; asserts nothing.
 * Targets: 200,000 invoices imported in under 60 s; aging in under 1 s.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseLedgerCsv } from "../../adapters/billing-import/index";
import { SqliteStore } from "../../adapters/sqlite/sqlite-store";
import { generateDemoFirm } from "../../core/demo/demo-firm";
import type { Invoice } from "../../core/domain/types";
import { toDecimalString } from "../../core/money/money";
import { getAgingReport } from "../../core/usecases/aging-report";

const asOf = "2026-11-23";
const seconds = (t0: number) => ((performance.now() - t0) / 1000).toFixed(2);

function toCsv(invoices: Invoice[], names: Map<string, string>, paidOn: Map<string, string>): string {
  const header =
    "client_id,client_name,invoice_number,invoice_date,due_date,amount,currency,matter_id,paid_date,paid_amount,disputed";
  const lines = invoices.map((i) => {
    const paid = i.amountMinor - i.balanceMinor;
    return [
      i.clientId,
      `"${names.get(i.clientId) ?? i.clientId}"`,
      i.number,
      i.invoiceDate,
      i.dueDate,
      toDecimalString(i.amountMinor),
      i.currency,
      i.matterId?.split("|")[1] ?? "",
      i.paidDate ?? (paid > 0 ? (paidOn.get(i.id) ?? "") : ""),
      i.status === "paid" ? "" : paid > 0 ? toDecimalString(paid) : "",
      i.disputed ? "Yes" : "No",
    ].join(",");
  });
  return `${header}\n${lines.join("\n")}\n`;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "nudge-bench-"));
  try {
    let t0 = performance.now();
    const firm = generateDemoFirm({ asOf, size: "bench" });
    const invoices = firm.batch.invoices ?? [];
    const paidOn = new Map(
      (firm.batch.payments ?? []).flatMap((p) => p.applications.map((a) => [a.invoiceId, p.receivedDate] as const)),
    );
    const csv = toCsv(invoices, new Map((firm.batch.clients ?? []).map((c) => [c.id, c.name])), paidOn);
    const file = join(dir, "bench.csv");
    writeFileSync(file, csv);
    console.log(
      `generated ${invoices.length} invoices for ${firm.batch.clients?.length} clients (${(csv.length / 1e6).toFixed(1)} MB CSV) in ${seconds(t0)} s`,
    );

    t0 = performance.now();
    const parsed = parseLedgerCsv(csv, { tenantId: "bench" });
    const parseS = seconds(t0);
    const store = SqliteStore.open({ dataDir: join(dir, "data") });
    const tenant = store.forTenant("bench");
    await tenant.putTenant({ id: "bench", name: "Bench", timeZone: "UTC", defaultCurrency: "USD" });
    const t1 = performance.now();
    const counts = await tenant.applyLedgerBatch(parsed.batch, "bench");
    const writeS = seconds(t1);
    const total = ((performance.now() - t0) / 1000).toFixed(2);
    console.log(
      `import: ${parsed.batch.invoices?.length} invoices (${parsed.rejects.length} rejected) parsed in ${parseS} s, written in ${writeS} s; ` +
        `total ${total} s = ${Math.round((parsed.batch.invoices?.length ?? 0) / Number(total))} invoices/s (target < 60 s)`,
    );
    console.log(`created ${counts.invoices.created} invoices, ${counts.clients.created} clients`);

    const t2 = performance.now();
    const again = await tenant.applyLedgerBatch(parsed.batch, "bench");
    console.log(
      `re-import: ${again.invoices.unchanged} unchanged, ${again.invoices.created} created in ${seconds(t2)} s`,
    );

    const principal = { tenantId: "bench", userId: "bench", email: "b@x", name: "b", roles: ["manager" as const] };
    for (const by of ["client", "collector"] as const) {
      const t3 = performance.now();
      const report = await getAgingReport(tenant, principal, { asOf, today: asOf, by });
      console.log(
        `aging by ${by}: ${report.openInvoiceCount} open invoices, ${report.rows.length} rows, total ${report.grandTotal} in ${seconds(t3)} s (target < 1 s)`,
      );
    }
    const t4 = performance.now();
    const historic = await getAgingReport(tenant, principal, { asOf: "2026-06-30", today: asOf, by: "client" });
    console.log(
      `historic aging (replaying payments) for 2026-06-30: ${historic.openInvoiceCount} open invoices in ${seconds(t4)} s`,
    );
    console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
