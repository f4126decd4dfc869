/**
 * Canonical ledger CSV import: sniffs the delimiter and hands the records to the shared ledger
 * table pipeline (`ledger-table.ts`), which reports every bad row with its line and reasons, skips
 * subtotal/total rows and exact duplicates, and builds the records of the valid rows.
 */
import { CsvReader, DELIMITERS, type Delimiter, headerDelimiterCounts, stripBom } from "./csv-reader";
import { type FileError, fileFailure, type ParsedImport } from "./import-result";
import { findHeader, type ParseLedgerOptions, parseLedgerTable, type RecordSource } from "./ledger-table";
import type { ImportMapping } from "./mapping";

export type ParseLedgerCsvOptions = ParseLedgerOptions;

export function parseLedgerCsv(text: string, options: ParseLedgerCsvOptions): ParsedImport {
  const body = stripBom(text);
  const delimiter = chooseDelimiter(body, options.mapping);
  if (typeof delimiter !== "string") return fileFailure(delimiter, 1, firstLine(body));
  return parseLedgerTable(new CsvSource(body, delimiter), options);
}

/**
 * The records of CSV text. A mark keeps only the record's text offsets (two numbers per row, not
 * its fields); a duplicate's fields are read again from its text when needed.
 */
class CsvSource implements RecordSource {
  private readonly reader: CsvReader;
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(
    private readonly body: string,
    private readonly delimiter: Delimiter,
  ) {
    this.reader = new CsvReader(body, delimiter);
  }

  next(): string[] | undefined {
    return this.reader.next();
  }
  get line(): number {
    return this.reader.line;
  }
  get error(): string | undefined {
    return this.reader.error;
  }
  mark(): number {
    this.starts.push(this.reader.start);
    this.ends.push(this.reader.end);
    return this.starts.length - 1;
  }
  raw(mark: number): string {
    return this.body.slice(this.starts[mark], this.ends[mark]);
  }
  cells(mark: number): string[] {
    return new CsvReader(this.raw(mark), this.delimiter).next() ?? [];
  }
}

/**
 * The delimiter with which a header row (after any title rows) yields the expected columns; when
 * none does, the one that appears most on the first line, so the refusal shows that line's columns.
 */
function chooseDelimiter(body: string, mapping: ImportMapping | undefined): Delimiter | FileError {
  const fitting = DELIMITERS.filter((d) => findHeader(new CsvSource(body, d), mapping).ok);
  if (fitting.length === 1) return fitting[0] as Delimiter;
  if (fitting.length === 0) {
    const counts = headerDelimiterCounts(body);
    return DELIMITERS.reduce((a, b) => (counts[b] > counts[a] ? b : a));
  }
  const names = fitting.map((d) => (d === "\t" ? "tab" : `"${d}"`)).join(" and ");
  return { code: "IMPORT_AMBIGUOUS", message: `the header line splits into the expected columns with both ${names}` };
}

function firstLine(body: string): string {
  const m = /^[\r\n]*([^\r\n]*)/.exec(body);
  return m?.[1] ?? "";
}
