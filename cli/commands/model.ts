import type { Metrics } from "../../core/scoring/metrics";
import { type TrainOutcome, trainAndStoreModel, versionIdFor } from "../../core/usecases/model-lifecycle";
import { type CliIo, type Command, openFirmWithData, parseDayOptions, printJson } from "../command";

export { modelBacktestCommand } from "./model-backtest";

const line = (name: string, m: Metrics) =>
  `  ${name.padEnd(8)} ROC AUC ${m.rocAuc.toFixed(3)}  Brier ${m.brier.toFixed(3)}  log loss ${m.logLoss.toFixed(3)}  precision@top20% ${m.precisionAtTop20.toFixed(3)}`;

function report(io: CliIo, o: TrainOutcome, asOf: string, seconds: number): void {
  const w = o.trainingWindow;
  io.out(
    `Trained ${o.versionId} as of ${asOf} on ${w.invoices} invoices issued ${w.from} to ${w.cutoff} in ${seconds.toFixed(1)} s.`,
  );
  if (o.holdout) {
    io.out(`Holdout ${o.holdout.from} to ${o.holdout.to} (${o.holdout.model.n} invoices):`);
    io.out(line("model", o.holdout.model));
    io.out(line("naive", o.holdout.naive));
    if (o.holdout.current) io.out(line("current", o.holdout.current));
  }
  io.out(`${o.promotion.promoted ? "Promoted" : "Not promoted"}: ${o.promotion.reason}.`);
  io.out(`In service: ${o.inService}${o.provisional ? " (provisionally, until a model passes the gate)" : ""}.`);
  io.out(
    `Scored ${o.scored.accounts} accounts (${o.scored.invoices} open invoices) of ${o.scored.clients} clients as of ${o.scored.asOf}.`,
  );
}

/** `nudge model train`: the nightly job on demand for the configured firm. */
export const modelTrainCommand: Command = {
  name: "model train",
  summary: "Train the payment model on the firm's history, gate it, store it and re-score open invoices.",
  usage: "model train [--as-of YYYY-MM-DD] [--json]",
  async run(args, ctx) {
    const { asOf, json } = parseDayOptions(args, ctx.io);
    const store = await openFirmWithData(ctx, "`nudge import` or `nudge seed --demo`");
    const started = Date.now();
    const result = await trainAndStoreModel(store, {
      asOf,
      versionId: versionIdFor(asOf, globalThis.crypto.randomUUID().slice(0, 8)),
      now: new Date().toISOString(),
      actorId: "cli",
    });
    if (!result.ok) {
      if (json) printJson(ctx.io, { ok: false, code: result.code, message: result.message });
      ctx.io.err(`nudge model train: ${result.message}`);
      return 1;
    }
    const seconds = (Date.now() - started) / 1000;
    if (json) printJson(ctx.io, { ...result.value, seconds });
    else report(ctx.io, result.value, asOf, seconds);
    return 0;
  },
};
