/**
 * Benchmark of the payment model: trains on 1,000,000 synthetic historical invoices and scores
 * 200,000 open ones, printing wall times and peak memory. Targets (2 cores): train < 30 s,
 * score < 2 s, peak RSS < 1 GB. Prints figures only; nothing here asserts.
 *   npx tsx scripts/bench-model.ts [historical] [open]
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { preparePaymentHistory } from "../core/scoring/payment-history";
import { scoreOpenInvoices } from "../core/scoring/score-open";
import { trainModel } from "../core/scoring/train";
import { syntheticLedger } from "../core/scoring/testing/synthetic-ledger";

const historical = Number(process.argv[2] ?? 1_000_000);
const open = Number(process.argv[3] ?? 200_000);
const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(2);
// CPU seconds beside wall seconds: on a shared machine the wall clock includes other work.
const cpu = (from: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(from);
  return ((used.user + used.system) / 1e6).toFixed(2);
};
const rssMb = () => (process.resourceUsage().maxRSS / 1024).toFixed(0);
// Collect the previous phase's garbage before timing the next, so no phase pays for another's.
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

let t = performance.now();
const ledger = syntheticLedger({ historical, open });
console.log(
  `generated ${ledger.invoices.length} invoices, ${ledger.interactions.length} interactions in ${seconds(t)} s (peak RSS ${rssMb()} MB)`,
);

// Reading the invoice objects into typed arrays happens once and serves both training and scoring.
t = performance.now();
const history = preparePaymentHistory(ledger.invoices, ledger.interactions);
const prepareSeconds = seconds(t);
const invoiceCount = ledger.invoices.length;
// A nightly job streams invoices from the store into the arrays and keeps no objects: drop them.
ledger.invoices.length = 0;
ledger.interactions.length = 0;
collectGarbage();
console.log(
  `prepare: ${prepareSeconds} s to read ${invoiceCount} invoices into the model's arrays (peak RSS ${rssMb()} MB)`,
);

t = performance.now();
let c = process.cpuUsage();
const model = trainModel(history, { cutoff: ledger.asOf, versionId: "bench" });
const trainSeconds = seconds(t);
const trainCpu = cpu(c);
console.log(
  `train: ${trainSeconds} s (CPU ${trainCpu} s) on ${model.trainingWindow.invoices} settled invoices (peak RSS ${rssMb()} MB)`,
);

collectGarbage();
t = performance.now();
c = process.cpuUsage();
const scores = scoreOpenInvoices(model, history, ledger.asOf);
const scoreSeconds = seconds(t);
const scoreCpu = cpu(c);
console.log(`score: ${scoreSeconds} s (CPU ${scoreCpu} s) for ${scores.length} open invoices (peak RSS ${rssMb()} MB)`);

const h = model.holdout;
if (h) {
  console.log(
    `holdout ${h.from}..${h.to}: model AUC ${h.model.rocAuc.toFixed(3)} Brier ${h.model.brier.toFixed(3)} | naive AUC ${h.naive.rocAuc.toFixed(3)} Brier ${h.naive.brier.toFixed(3)}`,
  );
}
if (model.paidWithin30Holdout) {
  const p = model.paidWithin30Holdout;
  console.log(
    `paid within 30 days holdout: AUC ${p.model.rocAuc.toFixed(3)} Brier ${p.model.brier.toFixed(3)} | pace only AUC ${p.paceOnly.rocAuc.toFixed(3)} Brier ${p.paceOnly.brier.toFixed(3)}`,
  );
}
console.log(
  `alpha ${model.lateAtIssue.alpha}, calibration ${model.lateAtIssue.calibration.method}, promotion: ${model.promotion.reason}`,
);
console.log(
  "top indicators:",
  model.leadingIndicators
    .slice(0, 5)
    .map((i) => `${i.feature} ${i.weight.toFixed(2)}`)
    .join(", "),
);
console.log(`example reasons: ${JSON.stringify(scores[0]?.reasons.map((r) => r.text))}`);
console.log(
  `RESULT prepare_s=${prepareSeconds} train_s=${trainSeconds} train_cpu_s=${trainCpu} score_s=${scoreSeconds} score_cpu_s=${scoreCpu} peak_rss_mb=${rssMb()}`,
);
