/** Billing import: pure parsers from firm exports (canonical CSV or Excel + mapping, LEDES 1998B) to a LedgerBatch. */
export { type DateParser, compileDateFormat, isoDateParser } from "./date-format";
export { detectFormat, IMPORT_FORMATS, type ImportFormat } from "./detect-format";
export type { FileError, ParsedImport, RejectedRow, SkippedRow } from "./import-result";
export { type ParseLedgerCsvOptions, parseLedgerCsv } from "./ledger-csv";
export { paymentIdFor } from "./ledger-entities";
export { type ParsedXlsxImport, type ParseLedgerXlsxOptions, parseLedgerXlsx } from "./ledger-xlsx";
export { type LedesInvoiceTotals, type ParsedLedesImport, type ParseLedesOptions, parseLedes1998b } from "./ledes";
export {
  CANONICAL_COLUMNS,
  type CanonicalColumn,
  type ImportMapping,
  OPTIONAL_COLUMNS,
  parseMapping,
  REQUIRED_COLUMNS,
} from "./mapping";
