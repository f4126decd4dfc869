/** `nudge import` of Excel workbooks, end to end: a real .xlsx written by ExcelJS, into a fresh embedded store. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "../main";

const dir = mkdtempSync(join(tmpdir(), "nudge-cli-xlsx-"));

/** Runs the CLI in-process and returns its exit code and what it printed on each stream. */
async function nudge(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const capture = (append: (s: string) => void) => (chunk: string | Uint8Array) => {
    append(String(chunk));
    return true;
  };
  const stdout = vi.spyOn(process.stdout, "write").mockImplementation(capture((s) => (out += s)));
  const stderr = vi.spyOn(process.stderr, "write").mockImplementation(capture((s) => (err += s)));
  try {
    return { code: await main(argv), out, err };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

/** An aging export as a billing system writes it: a title block, a header on row 4, a subtotal row. */
async function agingExport(badRow: boolean): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Notes").addRow(["Exported from the billing system"]);
  const ws = wb.addWorksheet("AR Aging");
  ws.getCell("A1").value = "Hartwell & Pryce LLP: AR aging";
  ws.mergeCells("A1:F1");
  ws.getCell("A2").value = "As of 2024-06-30";
  ws.getRow(4).values = ["Client", "Client Name", "Invoice", "Invoice Date", "Due Date", "Balance"];
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  ws.getRow(5).values = ["X-1", "Acme Holdings", "90001", day("2024-05-02"), day("2024-06-01"), 1250.75];
  ws.getRow(6).values = ["X-1", "Acme Holdings", "90002", day("2024-05-20"), day("2024-06-19"), "2,400.00"];
  ws.getRow(7).values = ["Subtotal", "", "", "", "", { formula: "SUBTOTAL(9,F5:F6)", result: 3650.75 }];
  ws.getRow(8).values = ["X-2", "Borealis GmbH", "90003", day("2024-06-03"), badRow ? "soon" : day("2024-07-03"), 99];
  for (const r of [5, 6, 8]) for (const c of [4, 5]) ws.getCell(r, c).numFmt = "dd-mmm-yyyy";
  const file = join(dir, badRow ? "aging-bad.xlsx" : "aging.xlsx");
  writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
  return file;
}

const mappingFile = join(dir, "aging.mapping.json");

beforeAll(() => {
  process.env.NUDGE_DATA_DIR = dir;
  process.env.NUDGE_TENANT = "xlsx-firm";
  writeFileSync(
    mappingFile,
    JSON.stringify({
      columns: {
        client_id: "Client",
        client_name: "Client Name",
        invoice_number: "Invoice",
        invoice_date: "Invoice Date",
        due_date: "Due Date",
        amount: "Balance",
      },
      currency: "USD",
    }),
  );
});
afterAll(() => {
  delete process.env.NUDGE_TENANT;
  rmSync(dir, { recursive: true, force: true });
});

describe("nudge import <file>.xlsx", () => {
  it("is atomic: a bad row imports nothing and is reported with its sheet row number", async () => {
    const file = await agingExport(true);
    const run = await nudge("import", file, "--sheet", "AR Aging", "--mapping", mappingFile);
    expect(run.code).toBe(1);
    expect(run.err).toContain('Sheet "AR Aging" (2 of 2), header on row 4.');
    expect(run.err).toContain("1 invalid row(s); nothing was imported");
    expect(run.err).toContain(
      'line 8: due_date: not a date: "soon" (expected YYYY-MM-DD or a "dateFormat" in the mapping)',
    );
    const json = await nudge("import", file, "--sheet", "AR Aging", "--mapping", mappingFile, "--json");
    expect(json.code).toBe(1);
    const report = JSON.parse(json.out);
    expect(report).toMatchObject({
      format: "xlsx",
      sheet: "AR Aging",
      rows: 4,
      invoices: 2,
      imported: false,
      created: 0,
    });
    expect(report.skipped).toEqual([{ line: 7, reason: "subtotal or total row" }]);
  });

  it("with --skip-invalid imports the valid rows and writes the rejects next to the file", async () => {
    const file = await agingExport(true);
    const run = await nudge(
      "import",
      file,
      "--sheet",
      "AR Aging",
      "--mapping",
      mappingFile,
      "--skip-invalid",
      "--json",
    );
    expect(run.code).toBe(0);
    const report = JSON.parse(run.out);
    expect(report).toMatchObject({ imported: true, invoices: 2, rejected: [{ line: 8 }] });
    expect(report.counts.invoices).toEqual({ created: 2, updated: 0, unchanged: 0 });
    expect(existsSync(`${file}.rejects.csv`)).toBe(true);
    expect(readFileSync(`${file}.rejects.csv`, "utf8")).toContain("8,");
  });

  it("imports the fixed workbook and re-importing it changes nothing", async () => {
    const file = await agingExport(false);
    const args = ["import", file, "--sheet", "ar aging", "--mapping", mappingFile, "--json"];
    const first = JSON.parse((await nudge(...args)).out);
    expect(first.counts.invoices).toEqual({ created: 1, updated: 0, unchanged: 2 });
    const again = JSON.parse((await nudge(...args)).out);
    expect(again).toMatchObject({ imported: true, created: 0, updated: 0 });
    expect(again.counts.invoices).toEqual({ created: 0, updated: 0, unchanged: 3 });
  });

  it("refuses a legacy .xls with what to do instead", async () => {
    const file = join(dir, "old.xls");
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    writeFileSync(file, ole);
    const run = await nudge("import", file);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(
      /nudge import: this is an Excel 97-2003 workbook \(\.xls\).*save it as .*\(\.xlsx\).*export it as CSV/,
    );
  });

  it("refuses a sheet that does not exist, and options that do not fit the file", async () => {
    const file = await agingExport(false);
    const missing = await nudge("import", file, "--sheet", "Aging 2023", "--mapping", mappingFile);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('the workbook has no sheet named "Aging 2023"; its sheets are "Notes", "AR Aging"');
    const asCsv = await nudge("import", file, "--format", "csv");
    expect(asCsv.code).toBe(2);
    expect(asCsv.err).toContain("aging.xlsx is an Excel workbook, not csv: use --format xlsx");
    const csv = join(dir, "plain.csv");
    writeFileSync(csv, "client_id,invoice_number,invoice_date,due_date,amount\n");
    expect((await nudge("import", csv, "--sheet", "AR Aging")).err).toContain("--sheet applies to Excel workbooks");
    expect((await nudge("import", csv, "--format", "xls")).code).toBe(2);
  });

  it("detects a workbook by its content whatever the file is called", async () => {
    const renamed = join(dir, "aging.dat");
    writeFileSync(renamed, readFileSync(await agingExport(false)));
    const run = await nudge("import", renamed, "--sheet", "AR Aging", "--mapping", mappingFile, "--dry-run", "--json");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toMatchObject({ format: "xlsx", invoices: 3, dryRun: true });
  });
});
