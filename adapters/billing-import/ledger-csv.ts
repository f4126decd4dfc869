/**
 * Canonical ledger CSV import: reads the file, reports every bad row with its line and reasons,
 * skips subtotal/total rows and exact duplicates, and builds the records of the valid rows. The
 * caller decides whether rejects make the import atomic-fail or are skipped (`--skip-invalid`).
 */
import { invoiceKey } from "../../core/domain/keys";
import { CsvReader, DELIMITERS, type Delimiter, headerDelimiterCounts, isBlankRecord, stripBom } from "./csv-reader";
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
import { type ColumnIndex, type ImportMapping, resolveColumns } from "./mapping";
import { isTotalRow } from "./values";

export interface ParseLedgerCsvOptions {
  tenantId: string;
  mapping?: ImportMapping;
  /** Not used while parsing: the store stamps each record with the importing user. */
  actorId?: string;
  /** Currency of rows when neither the row nor the mapping names one (the firm's default); else USD. */
  defaultCurrency?: string;
}

/** A row that cannot be imported as read; valid rows are kept as their `LedgerRow` alone. */
interface Problem {
  line: number;
  reasons: string[];
}

/**
 * Rows of the file in order, with their text offsets in parallel number arrays: one object per
 * row instead of two keeps garbage collection low on 200,000-row files.
 */
interface Rows {
  items: (LedgerRow | Problem)[];
  starts: number[];
  ends: number[];
  /** Invoice key → positions of every row after the first that carries the same invoice. */
  repeated: Map<string, number[]>;
  /** Row signatures, computed only for rows whose invoice key repeats. */
  sigs: Map<number, string>;
}

export function parseLedgerCsv(text: string, options: ParseLedgerCsvOptions): ParsedImport {
  const body = stripBom(text);
  const { mapping } = options;
  let parseDate: DateParser = isoDateParser;
  if (mapping?.dateFormat !== undefined) {
    const compiled = compileDateFormat(mapping.dateFormat);
    if (!compiled.ok) {
      return fileFailure({ code: "IMPORT_INVALID", message: `invalid mapping: ${compiled.reason}` }, 1, "");
    }
    parseDate = compiled.parse;
  }
  const delimiter = chooseDelimiter(body, mapping);
  if (typeof delimiter !== "string") return fileFailure(delimiter, 1, firstLine(body));

  const reader = new CsvReader(body, delimiter);
  let header = reader.next();
  while (header && isBlankRecord(header)) header = reader.next();
  if (!header) return fileFailure({ code: "IMPORT_INVALID", message: "the file has no header line" }, 1, "");
  const headerRaw = body.slice(reader.start, reader.end);
  if (reader.error) {
    return fileFailure({ code: "IMPORT_INVALID", message: `header: ${reader.error}` }, reader.line, headerRaw);
  }
  const resolved = resolveColumns(header, mapping);
  if (!resolved.ok) return fileFailure({ code: resolved.code, message: resolved.message }, reader.line, headerRaw);

  const { index } = resolved;
  const ctx: RowContext = {
    index,
    parseDate,
    decimalSeparator: mapping?.decimalSeparator ?? ".",
    decimalDeclared: mapping?.decimalSeparator !== undefined,
    currency: mapping?.currency ?? options.defaultCurrency ?? "USD",
  };
  const skipped: SkippedRow[] = [];
  const { all, rows } = readRows(reader, header.length, new LedgerRowReader(ctx), index, skipped);
  const verdicts = judgeRepeats(all, (at) =>
    rowSignature(new CsvReader(body.slice(all.starts[at], all.ends[at]), delimiter).next() ?? [], index),
  );

  const accepted: LedgerRow[] = [];
  const rejects: RejectedRow[] = [];
  all.items.forEach((item, at) => {
    const verdict = verdicts.get(at);
    const reasons = "reasons" in item ? item.reasons : [];
    if (typeof verdict === "string") reasons.push(verdict);
    if (reasons.length > 0) {
      rejects.push({ line: item.line, reason: reasons.join("; "), raw: body.slice(all.starts[at], all.ends[at]) });
    } else if (typeof verdict === "number") {
      skipped.push({ line: item.line, reason: `same invoice as line ${verdict}` });
    } else accepted.push(item as LedgerRow);
  });
  skipped.sort(byLine);
  return { batch: buildLedgerBatch(accepted, options.tenantId), rows, skipped, rejects };
}

/** Reads every data row after the header; total rows go straight to `skipped`. */
function readRows(
  reader: CsvReader,
  width: number,
  rowReader: LedgerRowReader,
  index: ColumnIndex,
  skipped: SkippedRow[],
): { all: Rows; rows: number } {
  const all: Rows = { items: [], starts: [], ends: [], repeated: new Map(), sigs: new Map() };
  const firstByKey = new Map<string, number>();
  let rows = 0;
  for (let fields = reader.next(); fields; fields = reader.next()) {
    if (isBlankRecord(fields)) continue;
    rows++;
    const line = reader.line;
    const clientId = cellOf(fields, index, "client_id");
    const number = cellOf(fields, index, "invoice_number");
    if (!reader.error && isTotalRow(fields, clientId, number)) {
      skipped.push({ line, reason: "subtotal or total row" });
      continue;
    }
    const at = all.items.length;
    all.starts.push(reader.start);
    all.ends.push(reader.end);
    if (reader.error) {
      all.items.push({ line, reasons: [reader.error] });
      continue;
    }
    if (fields.length !== width) {
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

/** The delimiter that appears on the header line; when several do, the one that yields the expected columns. */
function chooseDelimiter(body: string, mapping: ImportMapping | undefined): Delimiter | FileError {
  const counts = headerDelimiterCounts(body);
  const present = DELIMITERS.filter((d) => counts[d] > 0);
  if (present.length <= 1) return present[0] ?? ",";
  const fitting = present.filter((d) => {
    const reader = new CsvReader(body, d);
    let header = reader.next();
    while (header && isBlankRecord(header)) header = reader.next();
    return header !== undefined && resolveColumns(header, mapping).ok;
  });
  if (fitting.length === 1) return fitting[0] as Delimiter;
  if (fitting.length === 0) return present.reduce((a, b) => (counts[b] > counts[a] ? b : a));
  const names = fitting.map((d) => (d === "\t" ? "tab" : `"${d}"`)).join(" and ");
  return { code: "IMPORT_AMBIGUOUS", message: `the header line splits into the expected columns with both ${names}` };
}

function firstLine(body: string): string {
  const m = /^[\r\n]*([^\r\n]*)/.exec(body);
  return m?.[1] ?? "";
}
