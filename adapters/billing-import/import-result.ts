/**
 * What every billing-import parser returns: the records to upsert plus a report of what was left
 * out and why. Parsers are pure: they never touch a store, so a dry run and a real import see the
 * same result, and the CLI decides between atomic and `--skip-invalid`.
 */
import type { LedgerBatch } from "../../core/ports/store.port";

/** A data row that could not be imported; `line` is the 1-based physical line where it starts. */
export interface RejectedRow {
  line: number;
  /** Every problem found on the row, joined with "; " so one pass over the file shows them all. */
  reason: string;
  raw: string;
}

/** A row left out on purpose (subtotal, grand total, exact duplicate): reported, not an error. */
export interface SkippedRow {
  line: number;
  reason: string;
}

/** A problem with the file as a whole (header, delimiter, format line) rather than one row. */
export interface FileError {
  code: "IMPORT_INVALID" | "IMPORT_AMBIGUOUS";
  message: string;
}

export interface ParsedImport {
  batch: LedgerBatch;
  /** Data rows read after the header (blank lines excluded) = imported + skipped + rejected. */
  rows: number;
  skipped: SkippedRow[];
  rejects: RejectedRow[];
  /** Line of the header row, when the format has one (rows above it are titles). */
  headerLine?: number;
  /**
   * Set when nothing in the file can be trusted. The batch is then empty and `rejects` holds the
   * same message at the offending line, so a caller that only checks `rejects` still refuses.
   */
  fileError?: FileError;
}

export function emptyBatch(): Required<Pick<LedgerBatch, "clients" | "matters" | "invoices" | "payments">> {
  return { clients: [], matters: [], invoices: [], payments: [] };
}

export function fileFailure(fileError: FileError, line: number, raw: string): ParsedImport {
  return {
    batch: emptyBatch(),
    rows: 0,
    skipped: [],
    rejects: [{ line, reason: fileError.message, raw }],
    fileError,
  };
}

export function byLine<T extends { line: number }>(a: T, b: T): number {
  return a.line - b.line;
}
