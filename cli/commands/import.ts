import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import {
  detectFormat,
  type ImportFormat,
  type ParsedImport,
  parseLedes1998b,
  parseLedgerCsv,
  parseMapping,
} from "../../adapters/billing-import/index";
import type { LedgerBatchCounts, LedgerWriteOptions } from "../../core/ports/store.port";
import { type CliContext, type Command, printJson, UsageError } from "../command";
import { writeProgress } from "./import-progress";

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read ${what} ${path}: ${(error as NodeJS.ErrnoException).code ?? "error"}`);
  }
}

function parseFile(
  text: string,
  format: ImportFormat,
  mappingPath: string | undefined,
  tenantId: string,
): ParsedImport {
  if (format === "ledes") return parseLedes1998b(text, { tenantId });
  let mapping: Parameters<typeof parseLedgerCsv>[1]["mapping"];
  if (mappingPath) {
    const parsed = parseMapping(readText(mappingPath, "mapping"));
    if (!parsed.ok) throw new UsageError(`${basename(mappingPath)}: ${parsed.message}`);
    mapping = parsed.value;
  }
  return parseLedgerCsv(text, { tenantId, ...(mapping ? { mapping } : {}) });
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
  summary: "Import invoice history or a ledger (canonical CSV with an optional mapping, or LEDES 1998B).",
  usage: "import <file> [--mapping m.json] [--format csv|ledes] [--dry-run] [--skip-invalid] [--json]",
  async run(args, ctx) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        mapping: { type: "string" },
        format: { type: "string" },
        "dry-run": { type: "boolean" },
        "skip-invalid": { type: "boolean" },
        json: { type: "boolean" },
      },
    });
    const [file] = positionals;
    if (!file || positionals.length > 1) throw new UsageError("give exactly one file to import");
    if (values.format && values.format !== "csv" && values.format !== "ledes")
      throw new UsageError("--format must be csv or ledes");
    const progress = (text: string) => {
      if (!values.json) ctx.io.err(text);
    };
    const started = Date.now();
    const text = readText(file, "file");
    const format = (values.format as ImportFormat | undefined) ?? detectFormat(file, text);
    progress(`Reading ${basename(file)} (${format}, ${(text.length / 1024).toFixed(0)} KiB)…`);
    const parsed = parseFile(text, format, values.mapping, ctx.config.tenantId);
    const invoices = parsed.batch.invoices?.length ?? 0;
    progress(
      `Parsed ${parsed.rows} rows: ${invoices} invoices, ${parsed.skipped.length} skipped, ${parsed.rejects.length} rejected.`,
    );
    const report: Record<string, unknown> = {
      file: basename(file),
      format,
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
