/**
 * Splits a LEDES 1998B file into records. A record ends with `[]`, not with a line break: billing
 * systems wrap long lines, so physical lines are joined until the terminator appears.
 */
import { stripBom } from "./csv-reader";
import type { FileError } from "./import-result";

export interface LedesRecord {
  /** Physical line on which the record starts (1-based). */
  line: number;
  raw: string;
  fields: string[];
}

export type LedesFile =
  | { ok: true; header: string[]; headerLine: number; records: LedesRecord[]; unterminated?: LedesRecord }
  | { ok: false; fileError: FileError; line: number; raw: string };

/** Fields this importer reads; a header without them cannot produce invoices. */
export const LEDES_REQUIRED = [
  "INVOICE_DATE",
  "INVOICE_NUMBER",
  "CLIENT_ID",
  "LAW_FIRM_MATTER_ID",
  "INVOICE_TOTAL",
  "EXP/FEE/INV_ADJ_TYPE",
  "LINE_ITEM_TOTAL",
] as const;

export function readLedesFile(text: string): LedesFile {
  const lines = stripBom(text).split(/\r\n|\n|\r/);
  let k = 0;
  while (k < lines.length && (lines[k] ?? "").trim() === "") k++;
  const first = (lines[k] ?? "").trim();
  if (!/^LEDES1998B\s*\[\]$/i.test(first)) {
    const message = /^LEDES/i.test(first)
      ? `"${first}" is not supported: only LEDES 1998B files (first line "LEDES1998B[]") are`
      : `a LEDES 1998B file starts with the line "LEDES1998B[]"`;
    return { ok: false, fileError: { code: "IMPORT_INVALID", message }, line: k + 1, raw: first };
  }
  const records: LedesRecord[] = [];
  let content = "";
  let raw = "";
  let start = 0;
  for (k++; k < lines.length; k++) {
    const line = lines[k] ?? "";
    if (raw === "" && line.trim() === "") continue;
    if (raw === "") start = k + 1;
    // A wrapped line continues the same field, so the pieces join without a separator.
    content += line;
    raw = raw === "" ? line : `${raw}\n${line}`;
    const trimmed = content.trimEnd();
    if (trimmed.endsWith("[]")) {
      records.push({ line: start, raw, fields: trimmed.slice(0, -2).split("|") });
      content = "";
      raw = "";
    }
  }
  const unterminated =
    raw === "" ? undefined : { line: start, raw: raw.trimEnd(), fields: content.trimEnd().split("|") };
  const headerRecord = records.shift();
  if (!headerRecord) {
    return {
      ok: false,
      fileError: { code: "IMPORT_INVALID", message: "the LEDES file has no header line" },
      line: 2,
      raw: "",
    };
  }
  const header = headerRecord.fields.map((f) => f.trim().toUpperCase());
  const missing = LEDES_REQUIRED.filter((f) => !header.includes(f));
  if (missing.length > 0) {
    const message = `the LEDES header lacks ${missing.join(", ")}`;
    return {
      ok: false,
      fileError: { code: "IMPORT_INVALID", message },
      line: headerRecord.line,
      raw: headerRecord.raw,
    };
  }
  const file: LedesFile = { ok: true, header, headerLine: headerRecord.line, records };
  if (unterminated) file.unterminated = unterminated;
  return file;
}
