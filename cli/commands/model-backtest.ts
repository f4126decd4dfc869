import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { type ImportMapping, parseLedgerCsv, parseMapping } from "../../adapters/billing-import/index";
import { isIsoDate } from "../../core/domain/dates";
import type { Invoice } from "../../core/domain/types";
import { backtest, backtestCsv } from "../../core/scoring/backtest";
import type { Metrics } from "../../core/scoring/metrics";
import { isTooLittleHistory } from "../../core/usecases/model-lifecycle";
import { type CliIo, type Command, printJson, UsageError } from "../command";

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read ${what} ${path}: ${(error as NodeJS.ErrnoException).code ?? "error"}`);
  }
}

/** The history file through the importer's parser, so the backtest reads exactly what an import would. */
export function readHistory(file: string, mappingPath: string | undefined): Invoice[] {
  let mapping: ImportMapping | undefined;
  if (mappingPath) {
    const parsed = parseMapping(readText(mappingPath, "mapping"));
    if (!parsed.ok) throw new UsageError(`${basename(mappingPath)}: ${parsed.message}`);
    mapping = parsed.value;
  }
  const parsed = parseLedgerCsv(readText(file, "history"), { tenantId: "backtest", ...(mapping ? { mapping } : {}) });
  if (parsed.fileError) throw new UsageError(`${basename(file)}: ${parsed.fileError.message}`);
  if (parsed.rejects.length) {
    const first = parsed.rejects.slice(0, 3).map((r) => `line ${r.line}: ${r.reason}`);
    throw new UsageError(`${basename(file)}: ${parsed.rejects.length} invalid row(s), e.g. ${first.join("; ")}`);
  }
  const invoices = parsed.batch.invoices ?? [];
  if (invoices.length === 0) throw new UsageError(`${basename(file)} holds no invoices`);
  return invoices;
}

const f = (v: number, digits = 4) => (Number.isFinite(v) ? v.toFixed(digits) : "n/a");

function metricsLine(name: string, m: Metrics): string {
  return `${name.padEnd(28)} ROC AUC ${f(m.rocAuc)}  Brier ${f(m.brier)}  log loss ${f(m.logLoss)}  precision@top20% ${f(m.precisionAtTop20, 3)}`;
}

function report(io: CliIo, result: ReturnType<typeof backtest>, out: string, seconds: number): void {
  const mv = result.modelVersion;
  io.out(
    `Backtest at ${result.cutoff}: trained on ${mv.trainingWindow.invoices} invoices settled before it, ` +
      `scored ${result.predictions.length} issued on or after it (${result.model.n} with a known outcome, ` +
      `${result.model.positives} paid late) in ${seconds.toFixed(1)} s.`,
  );
  io.out(metricsLine("model", result.model));
  io.out(metricsLine("naive (client's late share)", result.naive));
  if (result.paidWithin30) {
    io.out(metricsLine(`paid within 30 days (n=${result.paidWithin30.model.n})`, result.paidWithin30.model));
  }
  io.out(`Predictions written to ${out} (invoice_number,client_id,invoice_date,p_late).`);
}

/**
 * `nudge model backtest`: trains on the invoices issued and settled before the cutoff, scores every
 * invoice issued on or after it at its own invoice date, writes the predictions file and prints
 * the metrics beside the naive baseline's. Touches no store.
 */
export const modelBacktestCommand: Command = {
  name: "model backtest",
  summary: "Backtest the payment model on a history file at a cutoff; write per-invoice predictions.",
  usage: "model backtest --history FILE [--mapping MAPPING.json] --cutoff YYYY-MM-DD --predictions OUT.csv [--json]",
  async run(args, ctx) {
    const { values } = parseArgs({
      args,
      options: {
        history: { type: "string" },
        mapping: { type: "string" },
        cutoff: { type: "string" },
        predictions: { type: "string" },
        json: { type: "boolean" },
      },
    });
    const { history: file, cutoff, predictions: out } = values;
    if (!file) throw new UsageError("--history FILE is required");
    if (!cutoff || !isIsoDate(cutoff)) throw new UsageError("--cutoff must be a date as YYYY-MM-DD");
    if (!out) throw new UsageError("--predictions OUT.csv is required");
    const started = Date.now();
    const invoices = readHistory(file, values.mapping);
    let result: ReturnType<typeof backtest>;
    try {
      result = backtest(invoices, cutoff, { versionId: `backtest-${cutoff}` });
    } catch (error) {
      if (isTooLittleHistory(error)) throw new UsageError(`not enough history to train: ${error.message}`);
      throw error;
    }
    if (result.predictions.length === 0)
      throw new UsageError(`no invoice in ${basename(file)} is issued on or after ${cutoff}`);
    try {
      writeFileSync(out, backtestCsv(result.predictions));
    } catch (error) {
      throw new UsageError(`cannot write ${out}: ${(error as NodeJS.ErrnoException).code ?? "error"}`);
    }
    const seconds = (Date.now() - started) / 1000;
    if (values.json) {
      printJson(ctx.io, {
        cutoff,
        trainedOn: result.modelVersion.trainingWindow.invoices,
        scored: result.predictions.length,
        model: result.model,
        naive: result.naive,
        ...(result.paidWithin30 ? { paidWithin30: result.paidWithin30 } : {}),
        predictions: out,
        seconds,
      });
    } else report(ctx.io, result, out, seconds);
    return 0;
  },
};
