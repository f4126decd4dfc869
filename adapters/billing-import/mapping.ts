/**
 * The canonical ledger columns and the JSON mapping that renames a firm's export to them. A
 * mapping is checked once, up front, with every problem listed: a typo in a column name must stop
 * the import before it reads 200,000 rows, not fail each row.
 */
import { type Result, fail, ok } from "../../core/errors/codes";
import { compileDateFormat } from "./date-format";

export const REQUIRED_COLUMNS = ["client_id", "invoice_number", "invoice_date", "due_date", "amount"] as const;
export const OPTIONAL_COLUMNS = [
  "client_name",
  "currency",
  "matter_id",
  "matter_name",
  "billing_partner",
  "collector",
  "contact_email",
  "paid_date",
  "paid_amount",
  "disputed",
  "dispute_reason",
  "delivery",
  "ebilling_status",
  "country",
  "language",
] as const;
export const CANONICAL_COLUMNS = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS] as const;
export type CanonicalColumn = (typeof CANONICAL_COLUMNS)[number];

export interface ImportMapping {
  /** Canonical column → the header of the source column holding it. Unmapped columns keep their canonical name. */
  columns?: Partial<Record<CanonicalColumn, string>>;
  /** e.g. `M/D/YYYY`, `D/M/YYYY`, `DD.MM.YYYY`, `YYYY-MM-DD`, `YYYYMMDD`, `D-MMM-YYYY`. */
  dateFormat?: string;
  decimalSeparator?: "." | ",";
  /** Currency of rows without a `currency` value. */
  currency?: string;
}

const KEYS = new Set(["columns", "dateFormat", "decimalSeparator", "currency"]);
const CANONICAL = new Set<string>(CANONICAL_COLUMNS);

/** Validates a mapping (parsed JSON, or JSON text) and lists every problem in one message. */
export function parseMapping(json: unknown): Result<ImportMapping> {
  let value = json;
  if (typeof json === "string") {
    try {
      value = JSON.parse(json);
    } catch (e) {
      return fail("VALIDATION", `mapping is not valid JSON: ${(e as Error).message}`);
    }
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return fail("VALIDATION", 'mapping must be a JSON object like {"columns": {...}, "dateFormat": "M/D/YYYY"}');
  }
  const input = value as Record<string, unknown>;
  const problems: string[] = [];
  const mapping: ImportMapping = {};
  for (const key of Object.keys(input)) {
    if (!KEYS.has(key)) {
      problems.push(`unknown key "${key}" (expected columns, dateFormat, decimalSeparator, currency)`);
    }
  }
  if (input.columns !== undefined) {
    const columns = readColumns(input.columns, problems);
    if (columns) mapping.columns = columns;
  }
  if (input.dateFormat !== undefined) {
    const compiled = typeof input.dateFormat === "string" ? compileDateFormat(input.dateFormat) : undefined;
    if (!compiled) problems.push('"dateFormat" must be a string such as "M/D/YYYY"');
    else if (!compiled.ok) problems.push(compiled.reason);
    else mapping.dateFormat = input.dateFormat as string;
  }
  if (input.decimalSeparator !== undefined) {
    if (input.decimalSeparator === "." || input.decimalSeparator === ",") {
      mapping.decimalSeparator = input.decimalSeparator;
    } else problems.push('"decimalSeparator" must be "." or ","');
  }
  if (input.currency !== undefined) {
    if (typeof input.currency === "string" && /^[A-Za-z]{3}$/.test(input.currency)) {
      mapping.currency = input.currency.toUpperCase();
    } else problems.push('"currency" must be an ISO 4217 code such as "USD"');
  }
  if (problems.length > 0) return fail("VALIDATION", `invalid mapping: ${problems.join("; ")}`, problems);
  return ok(mapping);
}

function readColumns(value: unknown, problems: string[]): ImportMapping["columns"] | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    problems.push('"columns" must be an object of canonical column → source header');
    return undefined;
  }
  const columns: Partial<Record<CanonicalColumn, string>> = {};
  for (const [canonical, source] of Object.entries(value)) {
    if (!CANONICAL.has(canonical)) {
      problems.push(`unknown column "${canonical}" (expected one of ${CANONICAL_COLUMNS.join(", ")})`);
    } else if (typeof source !== "string" || source.trim() === "") {
      problems.push(`column "${canonical}" must name a source header`);
    } else columns[canonical as CanonicalColumn] = source;
  }
  return columns;
}

export type ColumnIndex = Record<CanonicalColumn, number>;

/**
 * Finds each canonical column in the header: by its mapped source header, else by its canonical
 * name. Case, spaces, dashes and underscores are ignored ("Invoice Number" = invoice_number). A
 * column named twice is refused: which one is the amount?
 */
export function resolveColumns(
  header: readonly string[],
  mapping: ImportMapping | undefined,
): { ok: true; index: ColumnIndex } | { ok: false; code: "IMPORT_INVALID" | "IMPORT_AMBIGUOUS"; message: string } {
  const positions = new Map<string, number[]>();
  header.forEach((h, i) => {
    const key = normalizeHeader(h);
    positions.set(key, [...(positions.get(key) ?? []), i]);
  });
  const index = {} as ColumnIndex;
  const missing: string[] = [];
  for (const column of CANONICAL_COLUMNS) {
    const source = mapping?.columns?.[column] ?? column;
    const found = positions.get(normalizeHeader(source)) ?? [];
    if (found.length > 1) {
      const at = found.map((i) => i + 1).join(" and ");
      return {
        ok: false,
        code: "IMPORT_AMBIGUOUS",
        message: `header "${source}" appears more than once (columns ${at})`,
      };
    }
    index[column] = found[0] ?? -1;
    // A column the mapping names explicitly must exist even if optional: the user expects its data.
    const expected =
      mapping?.columns?.[column] !== undefined || (REQUIRED_COLUMNS as readonly string[]).includes(column);
    if (index[column] < 0 && expected) {
      missing.push(source === column ? column : `${column} (mapped to "${source}")`);
    }
  }
  if (missing.length > 0) {
    const seen = header.map((h) => `"${h.trim()}"`).join(", ");
    return {
      ok: false,
      code: "IMPORT_INVALID",
      message: `missing columns: ${missing.join(", ")}; the header has ${seen}`,
    };
  }
  return { ok: true, index };
}

/** How many canonical columns a row names: the row that names most is the header a person meant. */
export function matchedColumns(header: readonly string[], mapping: ImportMapping | undefined): number {
  const names = new Set(header.map(normalizeHeader));
  return CANONICAL_COLUMNS.filter((column) => names.has(normalizeHeader(mapping?.columns?.[column] ?? column))).length;
}

function normalizeHeader(h: string): string {
  return h
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, "");
}
