/**
 * The ledger import of a table of text cells, whatever the file it came from (CSV, an Excel sheet):
 * finds the header, reports every bad row with its line and reasons, skips subtotal/total rows and
 * exact duplicates, and builds the records of the valid rows. Each file format only supplies the
 * records; every rule about rows lives here. The caller decides whether rejects make the import
 * atomic-fail or are skipped (`--skip-invalid`).
 */
import { invoiceKey } from "../../core/domain/keys";
import { isBlankRecord } from "./csv-reader";
import { compileDateFormat, type DateParser, isoDateParser } from "./date-format";
import {
  byLine,
  type FileError,
  fileFailure,
  type ParsedImport,
  type RejectedRow,
  type SkippedRow,
} from "./import-result";
import { buildLedgerBatch } from "./ledger-entities";
import { cellOf, type LedgerRow, LedgerRowReader, type RowContext, rowSignature } from "./ledger-row";
import { type ColumnIndex, type ImportMapping, matchedColumns, resolveColumns } from "./mapping";
import { isTotalRow } from "./values";

export interface ParseLedgerOptions {
  tenantId: string;
  mapping?: ImportMapping;
  /** Not used while parsing: the store stamps each record with the importing user. */
  actorId?: string;
  /** Currency of rows when neither the row nor the mapping names one (the firm's default); else USD. */
  defaultCurrency?: string;
}

/**
 * The records of a file, one per `next()` call. After a call, `line` is where the record starts
 * (what a person finds in their editor or in Excel) and `error` is set when the record cannot be
 * trusted as read. `mark()` names the record just returned so `raw` (for the rejects report) and
 * `cells` (to compare duplicates) can get it back later without the pipeline keeping every row.
 */
export interface RecordSource {
  next(): readonly string[] | undefined;
  readonly line: number;
  readonly error: string | undefined;
  mark(): number;
  raw(mark: number): string;
  cells(mark: number): readonly string[];
  /**
   * Rows may be shorter or longer than the header (a sheet does not store its empty trailing
   * cells): missing cells are empty and cells past the header are ignored, instead of the row
   * being refused for its field count as a CSV record is.
   */
  readonly ragged?: boolean;
  /** Told the columns the import reads once the header is known: problems elsewhere do not matter. */
  onHeader?(index: ColumnIndex): void;
}

/**
 * Rows above the header that are skipped as titles ("AR Aging as of 30 June 2024", the firm's
 * name, run date). The header is the first row holding the expected columns among the first
 * non-blank rows; a file where none does is refused, naming the row that came closest.
 */
export const MAX_TITLE_ROWS = 10;

export type HeaderSearch =
  | { ok: true; index: ColumnIndex; width: number; line: number }
  | { ok: false; error: FileError; line: number; raw: string };

export function findHeader(source: RecordSource, mapping: ImportMapping | undefined): HeaderSearch {
  let closest: { fields: readonly string[]; line: number; mark: number; score: number } | undefined;
  let seen = 0;
  for (let fields = source.next(); fields; fields = source.next()) {
    if (isBlankRecord(fields)) continue;
    const { line } = source;
    const mark = source.mark();
    if (source.error) {
      return {
        ok: false,
        error: { code: "IMPORT_INVALID", message: `header: ${source.error}` },
        line,
        raw: source.raw(mark),
      };
    }
    const resolved = resolveColumns(fields, mapping);
    if (resolved.ok) return { ok: true, index: resolved.index, width: fields.length, line };
    if (resolved.code === "IMPORT_AMBIGUOUS") {
      return { ok: false, error: { code: resolved.code, message: resolved.message }, line, raw: source.raw(mark) };
    }
    const score = matchedColumns(fields, mapping);
    if (!closest || score > closest.score) closest = { fields, line, mark, score };
    if (++seen > MAX_TITLE_ROWS) break;
  }
  if (!closest)
    return { ok: false, error: { code: "IMPORT_INVALID", message: "the file has no header line" }, line: 1, raw: "" };
  const resolved = resolveColumns(closest.fields, mapping);
  const message = resolved.ok ? "no header line" : resolved.message;
  return { ok: false, error: { code: "IMPORT_INVALID", message }, line: closest.line, raw: source.raw(closest.mark) };
}

/** A row that cannot be imported as read; valid rows are kept as their `LedgerRow` alone. */
interface Problem {
  line: number;
  reasons: string[];
}

/**
 * Rows of the file in order, with their source marks in a parallel number array: one object per
 * row instead of two keeps garbage collection low on 200,000-row files.
 */
interface Rows {
  items: (LedgerRow | Problem)[];
  marks: number[];
  /** Invoice key → positions of every row after the first that carries the same invoice. */
  repeated: Map<string, number[]>;
  /** Row signatures, computed only for rows whose invoice key repeats. */
  sigs: Map<number, string>;
}

/** The date parser the mapping asks for, or the reason it cannot be built. */
export function dateParserFor(mapping: ImportMapping | undefined): DateParser | FileError {
  if (mapping?.dateFormat === undefined) return isoDateParser;
  const compiled = compileDateFormat(mapping.dateFormat);
  if (compiled.ok) return compiled.parse;
  return { code: "IMPORT_INVALID", message: `invalid mapping: ${compiled.reason}` };
}

export function parseLedgerTable(source: RecordSource, options: ParseLedgerOptions): ParsedImport {
  const { mapping } = options;
  const parseDate = dateParserFor(mapping);
  if (typeof parseDate !== "function") return fileFailure(parseDate, 1, "");
  const header = findHeader(source, mapping);
  if (!header.ok) return fileFailure(header.error, header.line, header.raw);
  const { index } = header;
  source.onHeader?.(index);
  const ctx: RowContext = {
    index,
    parseDate,
    decimalSeparator: mapping?.decimalSeparator ?? ".",
    decimalDeclared: mapping?.decimalSeparator !== undefined,
    currency: mapping?.currency ?? options.defaultCurrency ?? "USD",
  };
  const skipped: SkippedRow[] = [];
  const { all, rows } = readRows(source, header.width, new LedgerRowReader(ctx), index, skipped);
  const verdicts = judgeRepeats(all, (at) => rowSignature(source.cells(all.marks[at] as number), index));

  const accepted: LedgerRow[] = [];
  const rejects: RejectedRow[] = [];
  all.items.forEach((item, at) => {
    const verdict = verdicts.get(at);
    const reasons = "reasons" in item ? item.reasons : [];
    if (typeof verdict === "string") reasons.push(verdict);
    if (reasons.length > 0) {
      rejects.push({ line: item.line, reason: reasons.join("; "), raw: source.raw(all.marks[at] as number) });
    } else if (typeof verdict === "number") {
      skipped.push({ line: item.line, reason: `same invoice as line ${verdict}` });
    } else accepted.push(item as LedgerRow);
  });
  skipped.sort(byLine);
  return { batch: buildLedgerBatch(accepted, options.tenantId), rows, skipped, rejects, headerLine: header.line };
}

/** Reads every data row after the header; total rows go straight to `skipped`. */
function readRows(
  source: RecordSource,
  width: number,
  rowReader: LedgerRowReader,
  index: ColumnIndex,
  skipped: SkippedRow[],
): { all: Rows; rows: number } {
  const all: Rows = { items: [], marks: [], repeated: new Map(), sigs: new Map() };
  const firstByKey = new Map<string, number>();
  let rows = 0;
  for (let fields = source.next(); fields; fields = source.next()) {
    if (isBlankRecord(fields)) continue;
    rows++;
    const { line, error } = source;
    const clientId = cellOf(fields, index, "client_id");
    const number = cellOf(fields, index, "invoice_number");
    if (!error && isTotalRow(fields, clientId, number)) {
      skipped.push({ line, reason: "subtotal or total row" });
      continue;
    }
    const at = all.items.length;
    all.marks.push(source.mark());
    if (error) {
      all.items.push({ line, reasons: [error] });
      continue;
    }
    if (!source.ragged && fields.length !== width) {
      const hint = fields.length > width ? " (a value containing the delimiter must be quoted)" : "";
      all.items.push({ line, reasons: [`row has ${fields.length} fields but the header has ${width}${hint}`] });
      continue;
    }
    const read = rowReader.read(fields, line);
    all.items.push(read.ok ? read.row : { line, reasons: read.reasons });
    if (clientId === "" || number === "") continue;
    const key = invoiceKey(clientId, number);
    const first = firstByKey.get(key);
    if (first === undefined) {
      firstByKey.set(key, at);
      continue;
    }
    const group = all.repeated.get(key);
    if (group) group.push(at);
    else all.repeated.set(key, [first, at]);
    all.sigs.set(at, rowSignature(fields, index));
  }
  return { all, rows };
}

/**
 * The same invoice twice with the same content is a harmless repeat: the copy is skipped (verdict:
 * the line it repeats). With different content nobody can tell which is right, so every copy is
 * rejected (verdict: the reason).
 */
function judgeRepeats(all: Rows, signatureOf: (at: number) => string): Map<number, number | string> {
  const verdicts = new Map<number, number | string>();
  for (const positions of all.repeated.values()) {
    const sigs = positions.map((at) => all.sigs.get(at) ?? signatureOf(at));
    const lines = positions.map((at) => (all.items[at] as LedgerRow | Problem).line);
    if (sigs.every((sig) => sig === sigs[0])) {
      for (const at of positions.slice(1)) verdicts.set(at, lines[0] as number);
      continue;
    }
    const reason = `the same invoice number for the same client is on lines ${lines.join(", ")} with different content`;
    for (const at of positions) verdicts.set(at, reason);
  }
  return verdicts;
}
