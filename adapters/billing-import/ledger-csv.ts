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
import { cellOf, type LedgerRow, type RowContext, readLedgerRow, rowSignature } from "./ledger-row";
import { type ImportMapping, resolveColumns } from "./mapping";
import { isTotalRow } from "./values";

export interface ParseLedgerCsvOptions {
  tenantId: string;
  mapping?: ImportMapping;
  /** Not used while parsing: the store stamps each record with the importing user. */
  actorId?: string;
  /** Currency of rows when neither the row nor the mapping names one (the firm's default); else USD. */
  defaultCurrency?: string;
}

interface Entry {
  line: number;
  start: number;
  end: number;
  reasons: string[];
  row?: LedgerRow;
  sig?: string;
  duplicateOf?: number;
}

export function parseLedgerCsv(text: string, options: ParseLedgerCsvOptions): ParsedImport {
  const body = stripBom(text);
  const { mapping } = options;
  let parseDate: DateParser = isoDateParser;
  if (mapping?.dateFormat !== undefined) {
    const compiled = compileDateFormat(mapping.dateFormat);
    if (!compiled.ok)
      return fileFailure({ code: "IMPORT_INVALID", message: `invalid mapping: ${compiled.reason}` }, 1, "");
    parseDate = compiled.parse;
  }
  const delimiter = chooseDelimiter(body, mapping);
  if (typeof delimiter !== "string") return fileFailure(delimiter, 1, firstLine(body));

  const reader = new CsvReader(body, delimiter);
  let header = reader.next();
  while (header && isBlankRecord(header)) header = reader.next();
  if (!header) return fileFailure({ code: "IMPORT_INVALID", message: "the file has no header line" }, 1, "");
  const headerRaw = body.slice(reader.start, reader.end);
  if (reader.error)
    return fileFailure({ code: "IMPORT_INVALID", message: `header: ${reader.error}` }, reader.line, headerRaw);
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
  const entries: Entry[] = [];
  const skipped: SkippedRow[] = [];
  const firstByKey = new Map<string, number>();
  const repeated = new Map<string, number[]>();
  let rows = 0;
  for (let fields = reader.next(); fields; fields = reader.next()) {
    if (isBlankRecord(fields)) continue;
    rows++;
    const clientId = cellOf(fields, index, "client_id");
    const number = cellOf(fields, index, "invoice_number");
    if (!reader.error && isTotalRow(fields, clientId, number)) {
      skipped.push({ line: reader.line, reason: "subtotal or total row" });
      continue;
    }
    const entry: Entry = { line: reader.line, start: reader.start, end: reader.end, reasons: [] };
    if (reader.error) entry.reasons.push(reader.error);
    else if (fields.length !== header.length) {
      const hint = fields.length > header.length ? " (a value containing the delimiter must be quoted)" : "";
      entry.reasons.push(`row has ${fields.length} fields but the header has ${header.length}${hint}`);
    } else {
      const read = readLedgerRow(fields, reader.line, ctx);
      if (read.ok) entry.row = read.row;
      else entry.reasons = read.reasons;
      if (clientId !== "" && number !== "") {
        entry.sig = rowSignature(fields, index);
        const key = invoiceKey(clientId, number);
        const first = firstByKey.get(key);
        if (first === undefined) firstByKey.set(key, entries.length);
        else repeated.set(key, [...(repeated.get(key) ?? [first]), entries.length]);
      }
    }
    entries.push(entry);
  }
  markDuplicates(entries, repeated);

  const accepted: LedgerRow[] = [];
  const rejects: RejectedRow[] = [];
  for (const e of entries) {
    if (e.reasons.length > 0)
      rejects.push({ line: e.line, reason: e.reasons.join("; "), raw: body.slice(e.start, e.end) });
    else if (e.duplicateOf !== undefined)
      skipped.push({ line: e.line, reason: `same invoice as line ${e.duplicateOf}` });
    else if (e.row) accepted.push(e.row);
  }
  skipped.sort(byLine);
  return { batch: buildLedgerBatch(accepted, options.tenantId), rows, skipped, rejects };
}

/**
 * The same invoice twice with the same content is a harmless repeat (skipped); with different
 * content nobody can tell which is right, so every copy is rejected.
 */
function markDuplicates(entries: Entry[], repeated: Map<string, number[]>): void {
  for (const positions of repeated.values()) {
    const group = positions.map((i) => entries[i] as Entry);
    const first = group[0] as Entry;
    if (group.every((e) => e.sig === first.sig)) {
      for (const e of group.slice(1)) e.duplicateOf = first.line;
      continue;
    }
    const lines = group.map((e) => e.line).join(", ");
    for (const e of group)
      e.reasons.push(`the same invoice number for the same client is on lines ${lines} with different content`);
  }
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
