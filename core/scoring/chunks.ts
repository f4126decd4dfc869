/**
 * Working through a long list of rows in chunks that never split a client: each client's history
 * is swept once, and per-chunk buffers stay small however large the ledger is.
 */
import type { HistoryTable } from "./history";
import type { Ledger } from "./ledger";

/** About this many query rows per chunk. */
export const CHUNK_ROWS = 16_384;

/**
 * Calls `visit(start, end)` for consecutive chunks of `rows` (ledger rows sorted by client) of
 * about `size` rows each, extended so one client's rows are never split.
 */
export function forEachClientChunk(
  ledger: Ledger,
  rows: Int32Array,
  visit: (start: number, end: number) => void,
  size = CHUNK_ROWS,
): void {
  for (let start = 0; start < rows.length; ) {
    let end = Math.min(rows.length, start + size);
    while (end < rows.length && ledger.client[rows[end]!] === ledger.client[rows[end - 1]!]) end += 1;
    visit(start, end);
    start = end;
  }
}

/** The history columns the fitted features need (pace sums and late counts), kept for every row. */
export const CONTEXT_COLUMNS = [
  ...["settled", "sumDays", "sumPaper", "sumPortal", "sumLogAmount", "sumTerms", "disputes", "late"],
  ...["recentNum", "recentDen"],
] as const;
export type ContextHistory = Record<(typeof CONTEXT_COLUMNS)[number], Float32Array | Float64Array>;

/**
 * Context columns for every training row. Stored as 32-bit floats to halve their memory: they
 * hold counts and sums of whole days (exact below 16 million) and of log amounts (relative error
 * 1e-7); all arithmetic on them is still done in 64-bit.
 */
export function allocateContext(rows: number): ContextHistory {
  const out: Record<string, Float32Array> = {};
  for (const name of CONTEXT_COLUMNS) out[name] = new Float32Array(rows);
  return out as ContextHistory;
}

/** Copies the context columns of a chunk's history into rows [offset, offset + n) of `into`. */
export function copyContext(from: HistoryTable, into: ContextHistory, offset: number, n: number): void {
  for (const name of CONTEXT_COLUMNS) into[name].set(from[name].subarray(0, n), offset);
}
