/**
 * Ledger import from an Excel workbook (.xlsx): one worksheet becomes rows of text cells
 * (`xlsx-workbook.ts`) that go through the same ledger table pipeline as CSV (`ledger-table.ts`),
 * so mapping, values, dates, subtotal rows, duplicates and rejects follow the same rules. Line
 * numbers are the sheet's row numbers, so a person finds a rejected row in Excel.
 */
import { isBlankRecord } from "./csv-reader";
import { fileFailure, type ParsedImport } from "./import-result";
import { type ParseLedgerOptions, parseLedgerTable, type RecordSource } from "./ledger-table";
import type { ColumnIndex } from "./mapping";
import { readWorkbookSheet, type SheetRow } from "./xlsx-workbook";

export interface ParseLedgerXlsxOptions extends ParseLedgerOptions {
  /** Worksheet to read; default: the first visible one. */
  sheet?: string;
}

export interface ParsedXlsxImport extends ParsedImport {
  /** The worksheet read (absent when the workbook could not be opened). */
  sheet?: { name: string; position: number; count: number };
}

export function parseLedgerXlsx(bytes: Uint8Array, options: ParseLedgerXlsxOptions): ParsedXlsxImport {
  const read = readWorkbookSheet(bytes, {
    ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
    decimalSeparator: options.mapping?.decimalSeparator ?? ".",
  });
  if (!read.ok) return fileFailure(read.error, 1, "");
  const { name, position, count, rows } = read.sheet;
  const sheet = { name, position, count };
  if (!rows.some((row) => !isBlankRecord(row.cells))) {
    return { ...fileFailure({ code: "IMPORT_INVALID", message: `the sheet "${name}" is empty` }, 1, ""), sheet };
  }
  return { ...parseLedgerTable(new SheetSource(rows), options), sheet };
}

/**
 * The rows of a sheet as records. A row's cell problems (formula without a saved result, error
 * value, cell under a merge across rows) reject it only when they sit in a column the import reads.
 */
class SheetSource implements RecordSource {
  readonly ragged = true;
  private at = -1;
  private used: Set<number> | undefined;
  line = 0;
  error: string | undefined;

  constructor(private readonly rows: readonly SheetRow[]) {}

  next(): readonly string[] | undefined {
    const row = this.rows[++this.at];
    if (!row) return undefined;
    this.line = row.line;
    this.error = this.problemsOf(row);
    return row.cells;
  }

  mark(): number {
    return this.at;
  }

  raw(mark: number): string {
    const cells = [...(this.rows[mark]?.cells ?? [])];
    while (cells.length > 0 && cells.at(-1) === "") cells.pop();
    return cells.map(csvCell).join(",");
  }

  cells(mark: number): readonly string[] {
    return this.rows[mark]?.cells ?? [];
  }

  onHeader(index: ColumnIndex): void {
    this.used = new Set(Object.values(index).filter((i) => i >= 0));
  }

  private problemsOf(row: SheetRow): string | undefined {
    if (!row.problems || !this.used) return undefined;
    const reasons = [...row.problems]
      .filter(([col]) => this.used?.has(col))
      .sort(([a], [b]) => a - b)
      .map(([, reason]) => reason);
    return reasons.length > 0 ? reasons.join("; ") : undefined;
  }
}

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
