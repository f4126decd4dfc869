import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import {
  detectFormat,
  IMPORT_FORMATS,
  type ImportFormat,
  type ImportMapping,
  type ParsedImport,
  type ParsedXlsxImport,
  parseLedes1998b,
  parseLedgerCsv,
  parseLedgerXlsx,
  parseMapping,
} from "../../adapters/billing-import/index";
import type { LedgerBatchCounts, LedgerWriteOptions } from "../../core/ports/store.port";
import { type CliContext, type Command, printJson, UsageError } from "../command";
import { writeProgress } from "./import-progress";

function readBytes(path: string, what: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new UsageError(`cannot read ${what} ${path}: ${(error as NodeJS.ErrnoException).code ?? "error"}`);
  }
}

function readMapping(mappingPath: string | undefined): ImportMapping | undefined {
  if (!mappingPath) return undefined;
  const parsed = parseMapping(readBytes(mappingPath, "mapping").toString("utf8"));
  if (!parsed.ok) throw new UsageError(`${basename(mappingPath)}: ${parsed.message}`);
  return parsed.value;
}

interface FileOptions {
  format: ImportFormat;
  mapping: ImportMapping | undefined;
  sheet: string | undefined;
  tenantId: string;
}

function parseFile(bytes: Buffer, { format, mapping, sheet, tenantId }: FileOptions): ParsedXlsxImport {
  const options = { tenantId, ...(mapping ? { mapping } : {}) };
  if (format === "xlsx") return parseLedgerXlsx(bytes, { ...options, ...(sheet !== undefined ? { sheet } : {}) });
  const text = bytes.toString("utf8");
  if (format === "ledes") return parseLedes1998b(text, { tenantId });
  return parseLedgerCsv(text, options);
}

/** The format to read: `--format` when given (refused when the file is plainly a workbook), else detected. */
function chooseFormat(file: string, bytes: Buffer, requested: string | undefined): ImportFormat {
  if (requested === undefined) return detectFormat(file, bytes);
  const workbook = detectFormat("", bytes) === "xlsx";
  if (workbook && requested !== "xlsx") {
    throw new UsageError(`${basename(file)} is an Excel workbook, not ${requested}: use --format xlsx`);
  }
  return requested as ImportFormat;
}

function csvEscape(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function writeRejects(path: string, parsed: ParsedImport): string {
  const out = `${path}.rejects.csv`;
  const lines = [
    "line,reason,raw",
    ...parsed.rejects.map((r) => [String(r.line), r.reason, r.raw].map(csvEscape).join(",")),
  ];
  writeFileSync(out, `${lines.join("\n")}\n`);
  return out;
}

const total = (counts: LedgerBatchCounts, key: "created" | "updated" | "unchanged") =>
  Object.values(counts).reduce((s, c) => s + c[key], 0);

async function write(
  ctx: CliContext,
  parsed: ParsedImport,
  file: string,
  options: LedgerWriteOptions,
): Promise<LedgerBatchCounts> {
  const store = (await ctx.store()).forTenant(ctx.config.tenantId);
  if (!(await store.getTenant())) {
    await store.putTenant({
      id: ctx.config.tenantId,
      name: ctx.config.tenantId,
      timeZone: "UTC",
      defaultCurrency: parsed.batch.invoices?.[0]?.currency ?? "USD",
    });
  }
  const counts = await store.applyLedgerBatch(parsed.batch, "cli-import", options);
  await store.appendInteractions([
    {
      id: globalThis.crypto.randomUUID(),
      clientId: "_firm",
      kind: "import",
      at: new Date().toISOString(),
      actorId: "cli-import",
      summary: `Imported ${basename(file)}: ${total(counts, "created")} created, ${total(counts, "updated")} updated, ${total(counts, "unchanged")} unchanged`,
      data: { file: basename(file), rows: parsed.rows, rejected: parsed.rejects.length },
    },
  ]);
  return counts;
}

export const importCommand: Command = {
  name: "import",
  summary:
    "Import invoice history or a ledger (canonical CSV or an Excel .xlsx sheet with an optional mapping, or LEDES 1998B).",
  usage:
    "import <file> [--sheet NAME] [--mapping m.json] [--format csv|ledes|xlsx] [--dry-run] [--skip-invalid] [--json]",
  async run(args, ctx) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        mapping: { type: "string" },
        format: { type: "string" },
        sheet: { type: "string" },
        "dry-run": { type: "boolean" },
        "skip-invalid": { type: "boolean" },
        json: { type: "boolean" },
      },
    });
    const [file] = positionals;
    if (!file || positionals.length > 1) throw new UsageError("give exactly one file to import");
    if (values.format !== undefined && !(IMPORT_FORMATS as readonly string[]).includes(values.format)) {
      throw new UsageError("--format must be csv, ledes or xlsx");
    }
    const progress = (text: string) => {
      if (!values.json) ctx.io.err(text);
    };
    const started = Date.now();
    const bytes = readBytes(file, "file");
    const format = chooseFormat(file, bytes, values.format);
    if (values.sheet !== undefined && format !== "xlsx") {
      throw new UsageError("--sheet applies to Excel workbooks (.xlsx) only");
    }
    const mapping = readMapping(values.mapping);
    progress(`Reading ${basename(file)} (${format}, ${(bytes.length / 1024).toFixed(0)} KiB)…`);
    const parsed = parseFile(bytes, { format, mapping, sheet: values.sheet, tenantId: ctx.config.tenantId });
    if (parsed.sheet) {
      const { name, position, count } = parsed.sheet;
      const header = parsed.headerLine === undefined ? "" : `, header on row ${parsed.headerLine}`;
      progress(`Sheet "${name}" (${position} of ${count})${header}.`);
    }
    const invoices = parsed.batch.invoices?.length ?? 0;
    progress(
      `Parsed ${parsed.rows} rows: ${invoices} invoices, ${parsed.skipped.length} skipped, ${parsed.rejects.length} rejected.`,
    );
    const report: Record<string, unknown> = {
      file: basename(file),
      format,
      ...(parsed.sheet ? { sheet: parsed.sheet.name } : {}),
      rows: parsed.rows,
      invoices,
      clients: parsed.batch.clients?.length ?? 0,
      skipped: parsed.skipped,
      rejected: parsed.rejects.map(({ line, reason }) => ({ line, reason })),
      dryRun: Boolean(values["dry-run"]),
    };
    if (parsed.fileError || (parsed.rejects.length && !values["skip-invalid"])) {
      const problems = parsed.rejects.slice(0, 50).map((r) => `  line ${r.line}: ${r.reason}`);
      ctx.io.err(
        parsed.fileError
          ? `nudge import: ${parsed.fileError.message}`
          : `nudge import: ${parsed.rejects.length} invalid row(s); nothing was imported (use --skip-invalid to import the valid rows):\n${problems.join("\n")}${parsed.rejects.length > 50 ? "\n  …" : ""}`,
      );
      if (values.json) printJson(ctx.io, { ...report, imported: false, created: 0 });
      return 1;
    }
    if (parsed.rejects.length) report.rejectsFile = writeRejects(file, parsed);
    if (values["dry-run"]) {
      if (values.json) printJson(ctx.io, { ...report, created: 0, imported: false });
      else ctx.io.out(`Dry run: ${invoices} invoices would be imported; nothing was written.`);
      return 0;
    }
    progress(`Writing ${invoices} invoices…`);
    const counts = await write(ctx, parsed, file, values.json ? {} : { onProgress: writeProgress(progress) });
    const seconds = (Date.now() - started) / 1000;
    const summary = {
      ...report,
      imported: true,
      created: total(counts, "created"),
      updated: total(counts, "updated"),
      unchanged: total(counts, "unchanged"),
      counts,
      seconds,
    };
    if (values.json) printJson(ctx.io, summary);
    else {
      const c = counts.invoices;
      ctx.io.out(
        `Imported ${invoices} invoices from ${basename(file)} in ${seconds.toFixed(1)} s: ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged` +
          (parsed.rejects.length
            ? `; ${parsed.rejects.length} rejected rows written to ${String(report.rejectsFile)}`
            : "") +
          ".",
      );
    }
    return 0;
  },
};
