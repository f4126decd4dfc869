/**
 * Dev script: backtest the payment model on the IBM sample and write the predictions file.
 *   npx tsx scripts/backtest-ibm.ts [OUT.csv] [CUTOFF]
 * Then compare with scikit-learn on the same split:
 *   /usr/bin/python3 ../shared/acceptance/model_compare.py OUT.csv ../shared/data/ibm-ar/WA_Fn-UseC_-Accounts-Receivable.csv 2013-07-01
 */
import { writeFileSync } from "node:fs";
import { backtest, backtestCsv } from "../core/scoring/backtest";
import { paceEffects } from "../core/scoring/indicators";
import type { Metrics } from "../core/scoring/metrics";
import { IBM_SAMPLE_PATH, loadIbmSample } from "./lib/ibm-sample";

const out = process.argv[2] ?? "ibm-predictions.csv";
const cutoff = process.argv[3] ?? "2013-07-01";
const started = performance.now();
const result = backtest(loadIbmSample(IBM_SAMPLE_PATH), cutoff, { versionId: `ibm-${cutoff}` });
writeFileSync(out, backtestCsv(result.predictions));

const line = (name: string, m: Metrics) =>
  `${name.padEnd(26)} AUC ${m.rocAuc.toFixed(4)}  Brier ${m.brier.toFixed(4)}  log loss ${m.logLoss.toFixed(4)}  precision@20% ${m.precisionAtTop20.toFixed(3)}`;
const mv = result.modelVersion;
console.log(
  `cutoff ${cutoff}: trained on ${mv.trainingWindow.invoices} invoices, scored ${result.predictions.length} (${result.model.positives} late) in ${((performance.now() - started) / 1000).toFixed(2)} s`,
);
console.log(line("model", result.model));
console.log(line("naive (client late share)", result.naive));
if (result.paidWithin30) {
  console.log(line(`paid ≤30d at cutoff (n=${result.paidWithin30.model.n})`, result.paidWithin30.model));
  console.log(line("  pace model alone", result.paidWithin30.paceOnly));
}
console.log(
  `penalty alpha ${mv.lateAtIssue.alpha}, calibration ${mv.lateAtIssue.calibration.method}; promotion: ${mv.promotion.reason}`,
);
if (mv.holdout)
  console.log(
    line(`holdout ${mv.holdout.from}..${mv.holdout.to}`, mv.holdout.model),
    "|",
    line("naive", mv.holdout.naive),
  );
console.log(
  "leading indicators:",
  mv.leadingIndicators
    .slice(0, 6)
    .map((i) => `${i.feature} ${i.weight.toFixed(3)}`)
    .join(", "),
);
for (const sentence of paceEffects(mv.pace)) console.log(" -", sentence);
console.log(`predictions written to ${out}`);
