import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MemoryStore } from "../../adapters/fakes/memory-store";
import { seedDemoFirm } from "../../core/demo/seed-demo";
import type { Store } from "../../core/ports/store.port";
import { type CliContext, UsageError } from "../command";
import { modelBacktestCommand, modelTrainCommand } from "./model";

const DATA = new URL("../../../shared/data/ibm-ar/WA_Fn-UseC_-Accounts-Receivable.csv", import.meta.url).pathname;
const MAPPING = new URL("../../../shared/acceptance/data/ibm-ar.mapping.json", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "nudge-model-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function context(store?: Store): CliContext & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    io: { out: (t) => lines.push(t), err: (t) => lines.push(t), today: () => "2025-06-01" },
    config: { store: { kind: "embedded", dataDir: dir }, dataDir: dir, tenantId: "demo-firm" },
    store: async () => {
      if (!store) throw new Error("the backtest must not open a store");
      return store;
    },
  };
}

/** ROC AUC as the Mann-Whitney statistic with average ranks for ties: independent of core/scoring. */
function rocAuc(y: number[], p: number[]): number {
  const order = p.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const ranks = new Array<number>(p.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j += 1;
    for (let k = i; k <= j; k += 1) ranks[order[k]![1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  const pos = y.filter((v) => v === 1).length;
  const neg = y.length - pos;
  const sum = y.reduce((s, v, i) => s + (v === 1 ? ranks[i]! : 0), 0);
  return (sum - (pos * (pos + 1)) / 2) / (pos * neg);
}

describe.skipIf(!existsSync(DATA) || !existsSync(MAPPING))("nudge model backtest on the IBM sample", () => {
  it("writes 536 predictions that beat the targets, measured here from the file", async () => {
    const out = join(dir, "predictions.csv");
    const ctx = context();
    const args = ["--history", DATA, "--mapping", MAPPING, "--cutoff", "2013-07-01", "--predictions", out];
    expect(await modelBacktestCommand.run(args, ctx)).toBe(0);
    const [header, ...rows] = readFileSync(out, "utf8").trimEnd().split("\n");
    expect(header).toBe("invoice_number,client_id,invoice_date,p_late");
    expect(rows).toHaveLength(536);
    // Labels straight from the sample: paid after the due date (M/D/YYYY dates).
    const [head, ...lines] = readFileSync(DATA, "utf8").trimEnd().split(/\r?\n/);
    const col = (name: string) => head!.split(",").indexOf(name);
    const iso = (t: string) => {
      const [m, d, y] = t.split("/");
      return `${y}-${m!.padStart(2, "0")}-${d!.padStart(2, "0")}`;
    };
    const late = new Map(
      lines.map((l) => {
        const f = l.split(",");
        return [f[col("invoiceNumber")]!, iso(f[col("SettledDate")]!) > iso(f[col("DueDate")]!) ? 1 : 0];
      }),
    );
    const y: number[] = [];
    const p: number[] = [];
    for (const row of rows) {
      const [number, , date, pLate] = row.split(",");
      expect(date! >= "2013-07-01").toBe(true);
      y.push(late.get(number!)!);
      p.push(Number(pLate));
    }
    const brier = p.reduce((s, v, i) => s + (v - y[i]!) ** 2, 0) / p.length;
    expect(rocAuc(y, p)).toBeGreaterThanOrEqual(0.88);
    expect(brier).toBeLessThanOrEqual(0.125);
    expect(ctx.lines.join("\n")).toMatch(/^model +ROC AUC 0\.\d{4} +Brier 0\.\d{4} +log loss/m);
    expect(ctx.lines.join("\n")).toMatch(/^naive \(client's late share\) +ROC AUC/m);
  });

  it("refuses bad input with one clear line", async () => {
    const run = (args: string[]) => modelBacktestCommand.run(args, context());
    const base = ["--history", DATA, "--mapping", MAPPING, "--predictions", join(dir, "x.csv")];
    await expect(run([...base, "--cutoff", "2013-7-1"])).rejects.toThrow("--cutoff must be a date as YYYY-MM-DD");
    await expect(run([...base, "--cutoff", "2011-01-01"])).rejects.toThrow(
      "not enough history to train: only 0 settled invoices before 2011-01-01",
    );
    await expect(run([...base, "--cutoff", "2030-01-01"])).rejects.toThrow(
      /no invoice .* issued on or after 2030-01-01/,
    );
    await expect(
      run(["--history", DATA, "--cutoff", "2013-07-01", "--predictions", join(dir, "x.csv")]),
    ).rejects.toThrow(/missing columns: client_id, amount/);
    await expect(
      run(["--history", join(dir, "none.csv"), "--cutoff", "2013-07-01", "--predictions", "x"]),
    ).rejects.toThrow(UsageError);
  });
});

describe("nudge model train", () => {
  it("trains the configured firm, prints the gate's decision and re-scores", async () => {
    const store = new MemoryStore();
    await seedDemoFirm(store, { asOf: "2025-06-01" });
    const ctx = context(store);
    expect(await modelTrainCommand.run(["--json"], ctx)).toBe(0);
    const outcome = JSON.parse(ctx.lines.join("\n"));
    expect(outcome.versionId).toMatch(/^m-2025-06-01-[0-9a-f]{8}$/);
    expect(outcome).toMatchObject({ inService: outcome.versionId, provisional: false, promotion: { promoted: true } });
    expect(outcome.scored).toMatchObject({ asOf: "2025-06-01", clients: 48, invoices: 120 });
    const text = context(store);
    expect(await modelTrainCommand.run(["--as-of", "2025-06-01"], text)).toBe(0);
    expect(text.lines.join("\n")).toMatch(/^Trained m-2025-06-01-\w+ as of 2025-06-01 on 1608 invoices/);
    expect(text.lines.join("\n")).toMatch(/^ {2}current +ROC AUC/m);
  });

  it("says what is missing when the firm has no data or too little history", async () => {
    await expect(modelTrainCommand.run([], context(new MemoryStore()))).rejects.toThrow(/has no data/);
    const store = new MemoryStore();
    await store
      .forTenant("demo-firm")
      .putTenant({ id: "demo-firm", name: "x", timeZone: "UTC", defaultCurrency: "USD" });
    const ctx = context(store);
    expect(await modelTrainCommand.run([], ctx)).toBe(1);
    expect(ctx.lines).toEqual([
      "nudge model train: not enough payment history to train a model as of 2025-06-01: only 0 settled invoices before 2025-06-01; at least 20 are needed",
    ]);
  });
});
