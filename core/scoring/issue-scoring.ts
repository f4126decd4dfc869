/**
 * Scores invoices "paid late?" at their own invoice date with a stored model version. The ledger
 * may hold later history (a backtest scores a whole year after the cutoff); each score still sees
 * only what was known before its invoice date.
 */
import { ISSUE_FEATURES, fillContext, issueDesign } from "./features";
import { type HistoryTable, computeHistory } from "./history";
import type { Ledger } from "./ledger";
import { probability } from "./linear-model";
import type { DesignMatrix } from "./logistic";
import type { ModelVersion } from "./model-version";
import type { Scratch } from "./scratch";
import type { Signals } from "./signals";

export interface IssueRowScores {
  inv: Int32Array;
  history: HistoryTable;
  design: DesignMatrix;
  /** Calibrated probability of payment after the due date, per row. */
  pLate: Float64Array;
}

/** Scores ledger rows `inv` at their invoice dates (into reused buffers when `scratch` is given). */
export function scoreIssueRows(
  model: ModelVersion,
  ledger: Ledger,
  signals: Signals,
  inv: Int32Array,
  scratch?: Scratch,
): IssueRowScores {
  const t = Int32Array.from(inv, (i) => ledger.issued[i]!);
  return scoreIssueHistory(model, ledger, computeHistory(ledger, signals, inv, t, scratch, "issue"), inv, scratch);
}

/** The same from a history already swept at each invoice's date (rows of `history` match `inv`). */
export function scoreIssueHistory(
  model: ModelVersion,
  ledger: Ledger,
  history: HistoryTable,
  inv: Int32Array,
  scratch?: Scratch,
): IssueRowScores {
  if (model.lateAtIssue.features.join() !== ISSUE_FEATURES.join()) {
    throw new RangeError(`model ${model.versionId} was trained on a different feature set`);
  }
  const t = Int32Array.from(inv, (i) => ledger.issued[i]!);
  const design = issueDesign(ledger, history, inv, t, scratch);
  const ctx = { pace: model.pace, baseLateRate: model.baseLateRate };
  const pLate = scratch ? scratch.take("issue.p", inv.length) : new Float64Array(inv.length);
  for (let k = 0; k < inv.length; k += 1) {
    fillContext(design, ledger, history, k, inv[k]!, ctx);
    pLate[k] = probability(model.lateAtIssue, design, k);
  }
  return { inv, history, design, pLate };
}
