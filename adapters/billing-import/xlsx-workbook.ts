/**
 * Reads one worksheet of an Excel workbook (.xlsx: a zip of SpreadsheetML parts) into rows of text
 * cells, the same text the CSV pipeline consumes, with each row's sheet row number:
 *
 * - numbers keep Excel's full 15-digit precision, written out in plain decimals (`0.1+0.2` is
 *   `0.3`, never `0.30000000000000004`), with the mapping's decimal separator;
 * - numbers in date-formatted cells become ISO dates, in the workbook's 1900 or 1904 date system;
 * - a formula gives the result Excel saved with it; one without a saved result, an error value
 *   (`#N/A`) and a cell covered by cells merged across rows are problems of their row;
 * - rich text is its plain text; booleans are TRUE/FALSE; hidden rows are read like any other.
 *
 * The zip is read with fflate and the XML with saxes; only the parts needed are inflated.
 */
import { strFromU8, unzipSync } from "fflate";
import { SaxesParser } from "saxes";
import type { FileError } from "./import-result";

export const LEGACY_XLS_MESSAGE =
  "this is an Excel 97-2003 workbook (.xls) or a password-protected workbook, which Nudge cannot read: " +
  "open it in Excel and save it as an Excel Workbook (.xlsx) without a password, or export it as CSV";

/** One row of the sheet with content; `cells` has one text per column from A. */
export interface SheetRow {
  /** The row number Excel shows. */
  line: number;
  cells: string[];
  /** Cells whose text cannot be trusted: column index → reason (naming the cell, e.g. `E5`). */
  problems?: Map<number, string>;
}

export interface WorkbookSheet {
  name: string;
  /** 1-based position among the workbook's sheets, and how many it has. */
  position: number;
  count: number;
  date1904: boolean;
  /** Rows in sheet order; a row ends at its last cell with content (no padding to a common width). */
  rows: SheetRow[];
}

export interface ReadSheetOptions {
  /** Sheet name; default: the first visible worksheet. */
  sheet?: string;
  /** Decimal separator numbers are written with, so the amount parser reads them as the mapping says. */
  decimalSeparator?: "." | ",";
}

export type SheetRead = { ok: true; sheet: WorkbookSheet } | { ok: false; error: FileError };

/** Largest part inflated: a JavaScript string holds about 512 MB. */
const MAX_PART_BYTES = 400 * 1024 * 1024;

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isOleFile(bytes: Uint8Array): boolean {
  return OLE.every((b, i) => bytes[i] === b);
}

export function isZipFile(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function invalid(message: string): { ok: false; error: FileError } {
  return { ok: false, error: { code: "IMPORT_INVALID", message } };
}

export function readWorkbookSheet(bytes: Uint8Array, options: ReadSheetOptions = {}): SheetRead {
  if (isOleFile(bytes)) return invalid(LEGACY_XLS_MESSAGE);
  if (!isZipFile(bytes)) {
    return invalid(
      "this is not an Excel .xlsx workbook (an .xlsx file is a zip archive): save it from Excel as .xlsx, or import a text export as CSV",
    );
  }
  let parts: Parts;
  try {
    parts = new Parts(bytes);
  } catch (error) {
    return invalid(`the workbook is damaged: ${(error as Error).message}`);
  }
  try {
    return readSheet(parts, options);
  } catch (error) {
    if (error instanceof WorkbookError) return invalid(error.message);
    return invalid(`the workbook is damaged: ${(error as Error).message}`);
  }
}

class WorkbookError extends Error {}

/** The zip's entries by lower-case name (part names are case-insensitive), inflated on demand. */
class Parts {
  private readonly names = new Map<string, { name: string; size: number }>();

  constructor(private readonly bytes: Uint8Array) {
    unzipSync(bytes, {
      filter: (file) => {
        this.names.set(file.name.toLowerCase(), { name: file.name, size: file.originalSize });
        return false;
      },
    });
  }

  has(path: string): boolean {
    return this.names.has(path.toLowerCase());
  }

  text(path: string): string | undefined {
    const entry = this.names.get(path.toLowerCase());
    if (!entry) return undefined;
    if (entry.size > MAX_PART_BYTES) {
      throw new WorkbookError(
        `${path} is ${Math.round(entry.size / 1024 / 1024)} MB uncompressed, more than Nudge reads from one workbook part; export the sheet as CSV`,
      );
    }
    const files = unzipSync(this.bytes, { filter: (file) => file.name === entry.name });
    const data = files[entry.name];
    if (!data) throw new WorkbookError(`${path} cannot be read from the zip archive`);
    return strFromU8(data);
  }
}

interface SheetEntry {
  name: string;
  hidden: boolean;
  path: string | undefined;
  kind: string;
}

function readSheet(parts: Parts, options: ReadSheetOptions): SheetRead {
  const workbookPath = officeDocumentPath(parts);
  if (workbookPath.toLowerCase().endsWith(".bin")) {
    throw new WorkbookError("this is a binary Excel workbook (.xlsb): save it in Excel as .xlsx, or export it as CSV");
  }
  const workbookXml = parts.text(workbookPath);
  if (workbookXml === undefined) {
    throw new WorkbookError(
      parts.has("content.xml")
        ? "this is an OpenDocument spreadsheet (.ods): save it as .xlsx, or export it as CSV"
        : "this zip archive is not an Excel workbook (it has no workbook part): save it from Excel as .xlsx, or export it as CSV",
    );
  }
  const rels = relationships(parts, workbookPath);
  const { sheets, date1904 } = readWorkbook(workbookXml, rels);
  const entry = chooseSheet(sheets, options.sheet);
  const position = sheets.indexOf(entry) + 1;
  const sheetXml = entry.path === undefined ? undefined : parts.text(entry.path);
  if (sheetXml === undefined) throw new WorkbookError(`the sheet "${entry.name}" is missing from the workbook`);
  const typed = [...rels.values()];
  const stringsPath = typed.find((r) => r.type.endsWith("/sharedStrings"))?.target;
  const stylesPath = typed.find((r) => r.type.endsWith("/styles"))?.target;
  const strings = readSharedStrings(stringsPath === undefined ? undefined : parts.text(stringsPath));
  const dateStyles = readDateStyles(stylesPath === undefined ? undefined : parts.text(stylesPath));
  const rows = readRows(sheetXml, {
    strings,
    dateStyles,
    date1904,
    decimalSeparator: options.decimalSeparator ?? ".",
  });
  return { ok: true, sheet: { name: entry.name, position, count: sheets.length, date1904, rows } };
}

function chooseSheet(sheets: SheetEntry[], wanted: string | undefined): SheetEntry {
  const isWorksheet = (s: SheetEntry) => s.kind.endsWith("/worksheet");
  if (wanted === undefined) {
    const sheet = sheets.find((s) => isWorksheet(s) && !s.hidden) ?? sheets.find(isWorksheet);
    if (!sheet) throw new WorkbookError("the workbook has no worksheet");
    return sheet;
  }
  const exact = sheets.find((s) => s.name === wanted);
  const loose = sheets.filter((s) => s.name.trim().toLowerCase() === wanted.trim().toLowerCase());
  const sheet = exact ?? (loose.length === 1 ? loose[0] : undefined);
  if (!sheet) {
    const names = sheets.map((s) => `"${s.name}"`).join(", ");
    throw new WorkbookError(`the workbook has no sheet named "${wanted}"; its sheets are ${names}`);
  }
  if (!isWorksheet(sheet)) throw new WorkbookError(`"${sheet.name}" is a chart or macro sheet, not a worksheet`);
  return sheet;
}

// ---- XML -------------------------------------------------------------------------------------

type Attributes = Record<string, string>;

/** Close is called for self-closing elements too (`<f/>` opens and closes). */
interface XmlHandlers {
  open(name: string, attributes: Attributes): void;
  close?(name: string): void;
  text?(text: string): void;
}

/** SAX over a part; element names without their namespace prefix (`x:row` is `row`). */
function parseXml(xml: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ position: false });
  parser.on("opentag", (node) => handlers.open(localName(node.name), node.attributes as Attributes));
  if (handlers.close) {
    const close = handlers.close;
    parser.on("closetag", (node) => close(localName(node.name)));
  }
  if (handlers.text) {
    parser.on("text", handlers.text);
    parser.on("cdata", handlers.text);
  }
  parser.write(xml).close();
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** An unprefixed attribute (SpreadsheetML attributes carry no namespace). */
function attr(attributes: Attributes, name: string): string | undefined {
  return attributes[name];
}

/** The relationship id of a `<sheet>`: `r:id`, whatever prefix the workbook binds. */
function relationshipId(attributes: Attributes): string | undefined {
  for (const [name, value] of Object.entries(attributes)) if (name.endsWith(":id")) return value;
  return undefined;
}

/** SpreadsheetML escapes control characters as `_xHHHH_` (and a literal `_x` as `_x005F_x`). */
function unescapeText(text: string): string {
  return text.includes("_x")
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    : text;
}

// ---- package parts ---------------------------------------------------------------------------

function officeDocumentPath(parts: Parts): string {
  const rels = parts.text("_rels/.rels");
  if (rels !== undefined) {
    let target: string | undefined;
    parseXml(rels, {
      open(name, a) {
        if (name === "Relationship" && (attr(a, "Type") ?? "").endsWith("/officeDocument")) {
          target ??= attr(a, "Target");
        }
      },
    });
    if (target !== undefined) return resolvePart("", target);
  }
  return "xl/workbook.xml";
}

/** The relationships of a part: id → target part path and relationship type. */
function relationships(parts: Parts, source: string): Map<string, { target: string; type: string }> {
  const dir = source.slice(0, source.lastIndexOf("/") + 1);
  const xml = parts.text(`${dir}_rels/${source.slice(dir.length)}.rels`);
  const map = new Map<string, { target: string; type: string }>();
  if (xml === undefined) return map;
  parseXml(xml, {
    open(name, a) {
      const id = attr(a, "Id");
      const target = attr(a, "Target");
      if (name !== "Relationship" || id === undefined || target === undefined) return;
      if (attr(a, "TargetMode") === "External") return;
      map.set(id, { target: resolvePart(dir, target), type: attr(a, "Type") ?? "" });
    },
  });
  return map;
}

function resolvePart(dir: string, target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : dir + target;
  const out: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "..") out.pop();
    else if (segment !== "." && segment !== "") out.push(segment);
  }
  return out.join("/");
}

function readWorkbook(
  xml: string,
  rels: Map<string, { target: string; type: string }>,
): { sheets: SheetEntry[]; date1904: boolean } {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  parseXml(xml, {
    open(name, a) {
      if (name === "workbookPr") {
        const v = (attr(a, "date1904") ?? "").toLowerCase();
        date1904 = v === "1" || v === "true";
      } else if (name === "sheet") {
        const rel = rels.get(relationshipId(a) ?? "");
        const state = attr(a, "state") ?? "visible";
        sheets.push({
          name: attr(a, "name") ?? "",
          hidden: state !== "visible",
          path: rel?.target,
          kind: rel?.type ?? "",
        });
      }
    },
  });
  return { sheets, date1904 };
}

/** The shared string table: plain text of each item, rich-text runs joined, phonetic guides left out. */
function readSharedStrings(xml: string | undefined): string[] {
  const strings: string[] = [];
  if (xml === undefined) return strings;
  let current = "";
  let inText = false;
  let phonetic = 0;
  parseXml(xml, {
    open(name) {
      if (name === "si") current = "";
      else if (name === "t") inText = phonetic === 0;
      else if (name === "rPh") phonetic++;
    },
    close(name) {
      if (name === "t") inText = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si") strings.push(unescapeText(current));
    },
    text(text) {
      if (inText) current += text;
    },
  });
  return strings;
}

/** Built-in number formats that show dates (and times): 14–22, 27–36, 45–47, 50–58. */
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

/** A custom format code shows a date when, outside quoted text, escapes and `[…]`, it has d, m, y, h or s. */
export function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/general/gi, "");
  return /[dmyhs]/i.test(bare);
}

/** Which cell style indexes (`s` of a cell) show a date. */
function readDateStyles(xml: string | undefined): boolean[] {
  const styles: boolean[] = [];
  if (xml === undefined) return styles;
  const custom = new Map<number, string>();
  let inCellXfs = false;
  parseXml(xml, {
    open(name, a) {
      if (name === "numFmt") custom.set(Number(attr(a, "numFmtId")), attr(a, "formatCode") ?? "");
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) {
        const id = Number(attr(a, "numFmtId") ?? "0");
        const code = custom.get(id);
        styles.push(code !== undefined ? isDateFormatCode(code) : BUILT_IN_DATE_FORMATS.has(id));
      }
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  return styles;
}

// ---- the sheet -------------------------------------------------------------------------------

interface CellContext {
  strings: string[];
  dateStyles: boolean[];
  date1904: boolean;
  decimalSeparator: "." | ",";
}

/** The cell being read: its position, type, style, formula and saved value. */
interface CellState {
  ref: string;
  col: number;
  type: string;
  style: number;
  formula: string | undefined;
  value: string | undefined;
  inline: string;
}

const CAPTURE_NONE = 0;
const CAPTURE_FORMULA = 1;
const CAPTURE_VALUE = 2;
const CAPTURE_INLINE = 3;

function readRows(xml: string, ctx: CellContext): SheetRow[] {
  const rows: SheetRow[] = [];
  const merges: string[] = [];
  let row: SheetRow | undefined;
  let lastRow = 0;
  let lastCol = -1;
  let cell: CellState | undefined;
  let capture = CAPTURE_NONE;
  let phonetic = 0;
  parseXml(xml, {
    open(name, a) {
      switch (name) {
        case "row": {
          const r = Number(attr(a, "r") ?? lastRow + 1);
          lastRow = r;
          lastCol = -1;
          row = { line: r, cells: [] };
          return;
        }
        case "c": {
          const ref = attr(a, "r");
          const col = ref === undefined ? lastCol + 1 : columnIndex(ref);
          lastCol = col;
          cell = {
            ref: ref ?? `${columnName(col)}${lastRow}`,
            col,
            type: attr(a, "t") ?? "n",
            style: Number(attr(a, "s") ?? "0"),
            formula: undefined,
            value: undefined,
            inline: "",
          };
          return;
        }
        case "f":
          if (cell) {
            cell.formula ??= "";
            capture = CAPTURE_FORMULA;
          }
          return;
        case "v":
          if (cell) {
            cell.value ??= "";
            capture = CAPTURE_VALUE;
          }
          return;
        case "rPh":
          phonetic++;
          return;
        case "t":
          if (cell && phonetic === 0) capture = CAPTURE_INLINE;
          return;
        case "mergeCell": {
          const ref = attr(a, "ref");
          if (ref) merges.push(ref);
          return;
        }
        default:
          return;
      }
    },
    close(name) {
      switch (name) {
        case "f":
        case "v":
        case "t":
          capture = CAPTURE_NONE;
          return;
        case "rPh":
          phonetic--;
          return;
        case "c":
          endCell();
          return;
        case "row":
          if (row && row.cells.length > 0) rows.push(row);
          row = undefined;
          return;
        default:
          return;
      }
    },
    text(text) {
      if (!cell || capture === CAPTURE_NONE) return;
      if (capture === CAPTURE_FORMULA) cell.formula += text;
      else if (capture === CAPTURE_VALUE) cell.value += text;
      else cell.inline += text;
    },
  });

  function endCell(): void {
    if (!cell || !row) return;
    const { text, problem } = cellText(cell, ctx);
    if (text !== "" || problem !== undefined) {
      while (row.cells.length < cell.col) row.cells.push("");
      row.cells[cell.col] = text;
      if (problem !== undefined) addProblem(row, cell.col, `cell ${cell.ref} ${problem}`);
    }
    cell = undefined;
    capture = CAPTURE_NONE;
  }

  markMergedAcrossRows(rows, merges);
  return rows;
}

/**
 * Excel keeps the value of merged cells in the top-left cell only, as its own "Save as CSV" does.
 * Across columns that is what a person sees; across rows, the rows below show a value they do not
 * hold, so a used cell there is a problem of its row rather than a silent blank or a guess.
 */
function markMergedAcrossRows(rows: SheetRow[], merges: string[]): void {
  if (merges.length === 0) return;
  const byLine = new Map(rows.map((r) => [r.line, r]));
  for (const ref of merges) {
    const [from, to] = ref.split(":");
    if (!from || !to) continue;
    const top = rowNumber(from);
    const bottom = rowNumber(to);
    const left = columnIndex(from);
    const right = columnIndex(to);
    for (let line = top + 1; line <= bottom; line++) {
      const row = byLine.get(line);
      if (!row) continue;
      for (let col = left; col <= right; col++) {
        if ((row.cells[col] ?? "") !== "" || row.problems?.has(col)) continue;
        while (row.cells.length <= col) row.cells.push("");
        addProblem(
          row,
          col,
          `cell ${columnName(col)}${line} is part of the merged cells ${ref}, whose value Excel keeps in ${from} only: unmerge them and fill in each row`,
        );
      }
    }
  }
}

function addProblem(row: SheetRow, col: number, reason: string): void {
  if (!row.problems) row.problems = new Map();
  row.problems.set(col, reason);
}

function cellText(cell: CellState, ctx: CellContext): { text: string; problem?: string } {
  if (cell.formula !== undefined && cell.value === undefined) {
    const shown = cell.formula === "" ? "=…" : `=${cell.formula}`;
    return {
      text: shown,
      problem: `has the formula ${shown} but no saved result (the workbook was never calculated): open it in Excel and save it, or export it as CSV`,
    };
  }
  const v = cell.value ?? "";
  switch (cell.type) {
    case "s": {
      const text = ctx.strings[Number(v)];
      return text === undefined
        ? { text: "", problem: `refers to shared string ${v}, which the workbook lacks` }
        : { text };
    }
    case "str":
      return { text: unescapeText(v) };
    case "inlineStr":
      return { text: unescapeText(cell.inline) };
    case "b":
      return { text: v === "1" || v.toLowerCase() === "true" ? "TRUE" : "FALSE" };
    case "e":
      return { text: v, problem: `holds the error ${v}` };
    case "d": {
      const m = /^(\d{4}-\d{2}-\d{2})(?:T|$)/.exec(v);
      return m?.[1] ? { text: m[1] } : { text: v, problem: `holds "${v}", which is not an ISO date` };
    }
    default: {
      if (v.trim() === "") return { text: "" };
      const n = Number(v);
      if (!Number.isFinite(n)) return { text: v, problem: `holds "${v}", which is not a number` };
      if (ctx.dateStyles[cell.style]) return serialToIsoDate(n, ctx.date1904);
      return { text: decimalText(n, ctx.decimalSeparator) };
    }
  }
}

const DAY_MS = 86_400_000;

/**
 * A date serial in the workbook's date system to an ISO date; the time of day is dropped. 1900
 * system: 1 is 1900-01-01 and 60 is Excel's phantom 1900-02-29. 1904 system: 1 is 1904-01-02.
 * Below 1 is refused in both: exports write 0 for "no date", which Excel shows as a date.
 */
export function serialToIsoDate(serial: number, date1904: boolean): { text: string; problem?: string } {
  // Round to the millisecond first: 45296.99999999999 is a float's way of writing midnight.
  const days = Math.floor(Math.round(serial * DAY_MS) / DAY_MS);
  const shown = decimalText(serial, ".");
  if (days < 1) {
    return {
      text: shown,
      problem: `is formatted as a date but holds ${shown}, which is not a date (clear the cell if there is no date)`,
    };
  }
  if (!date1904 && days === 60) {
    return {
      text: shown,
      problem: "holds 1900-02-29, a day that does not exist (Excel's 1900 leap-year bug)",
    };
  }
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 31);
  const offset = !date1904 && days > 60 ? days - 1 : days;
  const date = new Date(epoch + offset * DAY_MS);
  if (date.getUTCFullYear() > 9999)
    return { text: shown, problem: `is formatted as a date but holds ${shown}, which is not a date` };
  return { text: date.toISOString().slice(0, 10) };
}

/**
 * A number as Excel shows it at full precision: 15 significant digits, plain decimal notation
 * (never `1e+21`), so binary floating-point noise such as `0.30000000000000004` disappears.
 */
export function decimalText(n: number, decimalSeparator: "." | ","): string {
  const rounded = Number(n.toPrecision(15));
  let text = Object.is(rounded, -0) ? "0" : String(rounded);
  if (/e/i.test(text)) text = expandExponent(text);
  return decimalSeparator === "," ? text.replace(".", ",") : text;
}

function expandExponent(text: string): string {
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/i.exec(text);
  if (!m) return text;
  const [, sign = "", lead = "", frac = "", exp = "0"] = m;
  const digits = lead + frac;
  const point = 1 + Number(exp);
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + "0".repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** `B5` → 1 (column index from 0). */
function columnIndex(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 0x61 || c > 0x7a) break;
    n = n * 26 + (c - 0x60);
  }
  return n - 1;
}

function rowNumber(ref: string): number {
  return Number(/\d+$/.exec(ref)?.[0] ?? "0");
}

/** 1 → `B`. */
export function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
