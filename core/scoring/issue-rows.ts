/**
 * The training rows of the "paid late at issue" model: every invoice issued and settled before the
 * cutoff, scored at its own invoice date, with its point-in-time history and design row. Invoices
 * still open at the cutoff are censored (their outcome is unknown), never labelled.
 */
import { type ContextHistory, allocateContext, copyContext, forEachClientChunk } from "./chunks";
import { type FeatureContext, ISSUE_FEATURES, fillContext, issueDesign } from "./features";
import { computeHistory } from "./history";
import type { Ledger } from "./ledger";
import type { DesignMatrix } from "./logistic";
import { fitPace } from "./pace";
import { Scratch } from "./scratch";
import type { Signals } from "./signals";

export interface IssueRows {
  /** Ledger row of each training row (client by client). */
  inv: Int32Array;
  /** Scoring day per row (its invoice date). */
  t: Int32Array;
  /** Only the history the fitted features need; the rest went into the design row. */
  history: ContextHistory;
  design: DesignMatrix;
  /** 1 = paid after the due date. */
  y: Uint8Array;
}

/** Ledger rows of the invoices settled before `cutoff`: the labelled training invoices. */
export function settledBefore(ledger: Ledger, cutoff: number): Int32Array {
  let n = 0;
  for (let r = 0; r < ledger.size; r += 1) if (ledger.paid[r]! < cutoff) n += 1;
  const out = new Int32Array(n);
  n = 0;
  for (let r = 0; r < ledger.size; r += 1) if (ledger.paid[r]! < cutoff) out[n++] = r;
  return out;
}

/** The fitted context (pace model, firm late rate) from settled ledger rows `settled`, as of `asOf`. */
export function contextOf(ledger: Ledger, settled: Int32Array, asOf: number): FeatureContext {
  let late = 0;
  for (const r of settled) late += ledger.paid[r]! > ledger.due[r]! ? 1 : 0;
  return {
    pace: fitPace(ledger, settled, asOf),
    baseLateRate: settled.length > 0 ? late / settled.length : 0.5,
  };
}

/**
 * Rows for invoices settled before `cutoff` (the ledger must be viewed as known at the cutoff).
 * History is swept in client chunks: only the design rows and the context columns are kept.
 */
export function issueRows(ledger: Ledger, signals: Signals, cutoff: number): IssueRows {
  const inv = settledBefore(ledger, cutoff);
  const t = Int32Array.from(inv, (r) => ledger.issued[r]!);
  const cols = ISSUE_FEATURES.length;
  const design = { x: new Float64Array(inv.length * cols), cols };
  const history = allocateContext(inv.length);
  const scratch = new Scratch();
  forEachClientChunk(ledger, inv, (start, end) => {
    const chunkInv = inv.subarray(start, end);
    const chunkT = t.subarray(start, end);
    const chunk = computeHistory(ledger, signals, chunkInv, chunkT, scratch, "train");
    design.x.set(issueDesign(ledger, chunk, chunkInv, chunkT, scratch).x, start * cols);
    copyContext(chunk, history, start, end - start);
  });
  const y = Uint8Array.from(inv, (r) => (ledger.paid[r]! > ledger.due[r]! ? 1 : 0));
  return { inv, t, history, design, y };
}

/** Row indices k with `keep(k)` (two passes: no growing list for a million rows). */
export function rowsWhere(count: number, keep: (k: number) => boolean): Int32Array {
  let n = 0;
  for (let k = 0; k < count; k += 1) if (keep(k)) n += 1;
  const out = new Int32Array(n);
  n = 0;
  for (let k = 0; k < count; k += 1) if (keep(k)) out[n++] = k;
  return out;
}

/** Fits the fold-dependent quantities on training rows `train` (indices into `rows`), as of `asOf`. */
export function contextFrom(ledger: Ledger, rows: IssueRows, train: Int32Array, asOf: number): FeatureContext {
  return contextOf(
    ledger,
    Int32Array.from(train, (k) => rows.inv[k]!),
    asOf,
  );
}

/** Refreshes the context columns of the given rows. */
export function applyContext(ledger: Ledger, rows: IssueRows, which: Iterable<number>, ctx: FeatureContext): void {
  for (const k of which) fillContext(rows.design, ledger, rows.history, k, rows.inv[k]!, ctx);
}
