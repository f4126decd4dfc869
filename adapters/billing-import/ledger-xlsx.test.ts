/**
 * Excel workbooks through the ledger import, on real .xlsx files written by ExcelJS (an
 * independent writer) in each test.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parseLedgerCsv } from "./ledger-csv";
import { parseLedgerXlsx } from "./ledger-xlsx";
import type { ImportMapping } from "./mapping";
import { LEGACY_XLS_MESSAGE } from "./xlsx-workbook";

type Cell = ExcelJS.CellValue;
const H = ["client_id", "invoice_number", "invoice_date", "due_date", "amount"];

/**
 * A workbook with one sheet per entry; a cell given as `[value, numFmt]` gets that number format.
 * `setup` then adjusts the workbook (date system, hidden sheets) before it is written.
 */
async function xlsx(
  sheets: Record<string, (Cell | [Cell, string])[][]>,
  setup?: (wb: ExcelJS.Workbook) => void,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((cells, r) => {
      cells.forEach((cell, c) => {
        if (cell === undefined) return;
        const target = ws.getCell(r + 1, c + 1);
        if (Array.isArray(cell)) {
          target.value = cell[0];
          target.numFmt = cell[1];
        } else target.value = cell;
      });
    });
  }
  setup?.(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const parse = (bytes: Uint8Array, mapping?: ImportMapping, sheet?: string) =>
  parseLedgerXlsx(bytes, { tenantId: "t1", ...(mapping ? { mapping } : {}), ...(sheet ? { sheet } : {}) });
const invoices = (r: ReturnType<typeof parse>) =>
  r.batch.invoices?.map((i) => [i.id, i.invoiceDate, i.dueDate, i.amountMinor]);

describe("Excel workbooks (.xlsx)", () => {
  it("reads the canonical columns: text, number, date and boolean cells", async () => {
    const bytes = await xlsx({
      Invoices: [
        [...H, "client_name", "disputed", "paid_date", "paid_amount", "contact_email"],
        [
          "C1",
          "INV-1",
          utc("2024-01-05"),
          utc("2024-02-04"),
          1234.5,
          "Acme LLP",
          false,
          utc("2024-02-01"),
          1234.5,
          { text: "AP@Acme.example", hyperlink: "mailto:ap@acme.example" },
        ],
        [
          "C2",
          611365,
          "2024-01-06",
          "2024-02-05",
          "100.00",
          { richText: [{ text: "Smith " }, { text: "& Jones", font: { bold: true } }] },
          true,
        ],
      ],
    });
    const r = parse(bytes);
    expect(r.fileError).toBeUndefined();
    expect(r.rejects).toEqual([]);
    expect(r.sheet).toEqual({ name: "Invoices", position: 1, count: 1 });
    expect(r.headerLine).toBe(1);
    expect(invoices(r)).toEqual([
      ["C1|INV-1", "2024-01-05", "2024-02-04", 123450],
      ["C2|611365", "2024-01-06", "2024-02-05", 10000],
    ]);
    expect(r.batch.invoices?.map((i) => [i.status, i.balanceMinor, i.disputed])).toEqual([
      ["paid", 0, false],
      ["open", 10000, true],
    ]);
    expect(r.batch.clients?.map((c) => c.name)).toEqual(["Acme LLP", "Smith & Jones"]);
    expect(r.batch.clients?.[0]?.contacts).toEqual([{ email: "ap@acme.example" }]);
  });

  it("imports the same invoices as the CSV of the same table", async () => {
    const rows = [
      [...H, "currency", "matter_id", "contact_email"],
      ["C1", "A-1", "2024-01-05", "2024-02-04", "1,234.50", "EUR", "M1", "ap@acme.example"],
      ["C1", "A-2", "2024-01-10", "2024-02-09", "(75.00)", "EUR", "M1", "ap@acme.example"],
      ["C2", "B-1", "2024-01-12", "2024-02-11", "$99.99", "", "", ""],
    ];
    const fromXlsx = parse(await xlsx({ S: rows }));
    const csv = rows.map((r) => r.map((v) => (v.includes(",") ? `"${v}"` : v)).join(",")).join("\n");
    const fromCsv = parseLedgerCsv(csv, { tenantId: "t1" });
    expect(fromXlsx.rejects).toEqual([]);
    expect(fromXlsx.batch).toEqual(fromCsv.batch);
  });

  it("reads a mapped export with title rows, a merged title and text amounts with thousands and parentheses", async () => {
    const bytes = await xlsx({
      "AR Aging": [
        ["Hartwell & Pryce LLP: accounts receivable"],
        ["As of June 30, 2024"],
        [],
        ["Client No.", "Invoice #", "Inv Date", "Due", "Balance", "Attorney"],
        ["1001", "90001", "6/3/2024", "7/3/2024", "1,234.50", "E. Hartwell"],
        ["1001", "90002", "6/14/2024", "7/14/2024", "(1,234.50)", "E. Hartwell"],
        ["1002", "90003", utc("2024-06-20"), utc("2024-07-20"), "12,000", "J. Pryce"],
      ],
    });
    const mapping: ImportMapping = {
      columns: {
        client_id: "Client No.",
        invoice_number: "Invoice #",
        invoice_date: "Inv Date",
        due_date: "Due",
        amount: "Balance",
        billing_partner: "Attorney",
      },
      dateFormat: "M/D/YYYY",
    };
    const r = parse(bytes, mapping);
    expect(r.fileError).toBeUndefined();
    expect(r.headerLine).toBe(4);
    expect(r.rows).toBe(3);
    expect(invoices(r)).toEqual([
      ["1001|90001", "2024-06-03", "2024-07-03", 123450],
      ["1001|90002", "2024-06-14", "2024-07-14", -123450],
      ["1002|90003", "2024-06-20", "2024-07-20", 1200000],
    ]);
  });

  it("keeps a merged title above the header out of the way", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Report");
    ws.getCell("A1").value = "AR aging report";
    ws.mergeCells("A1:E2");
    ws.getRow(3).values = H;
    ws.getRow(4).values = ["C1", "1", "2024-01-05", "2024-02-04", 10];
    const r = parse(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(r.headerLine).toBe(3);
    expect(invoices(r)).toEqual([["C1|1", "2024-01-05", "2024-02-04", 1000]]);
  });

  it("refuses a sheet without the columns, naming the row that came closest", async () => {
    const r = parse(
      await xlsx({ S: [["Aging report"], ["client_id", "invoice_number", "invoice_date", "amount"], ["C1"]] }),
    );
    expect(r.fileError).toEqual({
      code: "IMPORT_INVALID",
      message: 'missing columns: due_date; the header has "client_id", "invoice_number", "invoice_date", "amount"',
    });
    expect(r.rejects[0]?.line).toBe(2);
  });

  it("turns date cells and date serials in date-formatted cells into ISO dates, dropping the time", async () => {
    const bytes = await xlsx({
      S: [
        H,
        ["C1", "1", [45296, "dd/mm/yyyy"], [45326, "mmm d, yyyy"], 10],
        ["C1", "2", [45296.75, "yyyy-mm-dd hh:mm"], [utc("2024-02-04"), "d-mmm-yy"], 10],
        ["C1", "3", [45296, "General"], "2024-02-04", 10],
        ["C1", "4", [0, "m/d/yyyy"], "2024-02-04", 10],
      ],
    });
    const r = parse(bytes);
    expect(invoices(r)).toEqual([
      ["C1|1", "2024-01-05", "2024-02-04", 1000],
      ["C1|2", "2024-01-05", "2024-02-04", 1000],
    ]);
    expect(r.rejects).toEqual([
      {
        line: 4,
        reason: 'invoice_date: not a date: "45296" (expected YYYY-MM-DD or a "dateFormat" in the mapping)',
        raw: "C1,3,45296,2024-02-04,10",
      },
      {
        line: 5,
        reason: "cell C5 is formatted as a date but holds 0, which is not a date (clear the cell if there is no date)",
        raw: "C1,4,0,2024-02-04,10",
      },
    ]);
  });

  it("reads dates of a workbook in the 1904 date system", async () => {
    const bytes = await xlsx({ S: [H, ["C1", "1", utc("2024-01-05"), [43864, "yyyy-mm-dd"], 10]] }, (wb) => {
      wb.properties.date1904 = true;
    });
    const r = parse(bytes);
    expect(r.rejects).toEqual([]);
    // 43864 days after 1 January 1904 is 4 February 2024 (45326 in the 1900 system).
    expect(invoices(r)).toEqual([["C1|1", "2024-01-05", "2024-02-04", 1000]]);
  });

  it("uses a formula's saved result and keeps full precision without floating-point noise", async () => {
    const bytes = await xlsx({
      S: [
        [...H, "paid_date", "paid_amount", "client_name"],
        ["C1", "1", "2024-01-05", "2024-02-04", { formula: "0.1+0.2", result: 0.30000000000000004 }],
        ["C1", { formula: '"INV-"&2', result: "INV-2" }, "2024-01-05", "2024-02-04", 1234.5],
        ["C1", "3", "2024-01-05", { formula: "C4+30", result: utc("2024-02-04") }, 987654321.99],
        ["C1", "4", "2024-01-05", "2024-02-04", 100, { formula: 'IF(G5>0,"x","")', result: "" }, "", "Acme"],
        ["C1", "5", "2024-01-05", "2024-02-04", { formula: "100/3", result: 100 / 3 }],
        ["C1", "6", "2024-01-05", "2024-02-04", { formula: "C7*2" }],
      ],
    });
    const r = parse(bytes);
    expect(invoices(r)).toEqual([
      ["C1|1", "2024-01-05", "2024-02-04", 30],
      ["C1|INV-2", "2024-01-05", "2024-02-04", 123450],
      ["C1|3", "2024-01-05", "2024-02-04", 98765432199],
      ["C1|4", "2024-01-05", "2024-02-04", 10000],
    ]);
    expect(r.rejects).toEqual([
      {
        line: 6,
        reason: `amount: more than 2 decimals in "33.3333333333333" (if amounts use a decimal comma, set "decimalSeparator": "," in the mapping)`,
        raw: "C1,5,2024-01-05,2024-02-04,33.3333333333333",
      },
      {
        line: 7,
        reason:
          "cell E7 has the formula =C7*2 but no saved result (the workbook was never calculated): open it in Excel and save it, or export it as CSV",
        raw: "C1,6,2024-01-05,2024-02-04,=C7*2",
      },
    ]);
  });

  it("writes numbers with the mapping's decimal comma so the amount parser reads them as declared", async () => {
    const bytes = await xlsx({
      S: [H, ["C1", "1", "05.01.2024", "04.02.2024", 1234.56], ["C1", "2", "05.01.2024", "04.02.2024", "1.234,56"]],
    });
    const r = parse(bytes, { dateFormat: "DD.MM.YYYY", decimalSeparator: ",", currency: "EUR" });
    expect(r.rejects).toEqual([]);
    expect(r.batch.invoices?.map((i) => i.amountMinor)).toEqual([123456, 123456]);
  });

  it("skips subtotal and grand-total rows, ignores empty rows and imports hidden rows", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Aging");
    ws.addRow(H);
    ws.addRow(["C1", "1", "2024-01-05", "2024-02-04", 100]);
    ws.addRow(["C1", "2", "2024-01-05", "2024-02-04", 50]);
    ws.addRow(["Subtotal C1", "", "", "", { formula: "SUBTOTAL(9,E2:E3)", result: 150 }]);
    ws.addRow([]);
    ws.addRow(["C2", "3", "2024-01-05", "2024-02-04", 25]).hidden = true;
    ws.addRow(["Grand total", "", "", "", { formula: "SUBTOTAL(9,E2:E6)", result: 175 }]);
    const r = parse(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(r.rejects).toEqual([]);
    expect(r.rows).toBe(5);
    expect(r.skipped).toEqual([
      { line: 4, reason: "subtotal or total row" },
      { line: 7, reason: "subtotal or total row" },
    ]);
    expect(r.batch.invoices?.map((i) => i.id)).toEqual(["C1|1", "C1|2", "C2|3"]);
  });

  it("rejects each bad row with its sheet row number and every reason, and the rest stays importable", async () => {
    const bytes = await xlsx({
      S: [
        ["Invoices"],
        [],
        H,
        ["C1", "1", "2024-01-05", "2024-02-04", 10],
        ["C1", "2", "2024-13-05", "2024-02-04", "ten"],
        ["", "3", "2024-01-05", "2024-02-04", 10],
        ["C1", "4", "2024-01-05", "2024-02-04", { error: "#N/A" }],
      ],
    });
    const r = parse(bytes);
    expect(r.rejects.map(({ line, reason }) => ({ line, reason }))).toEqual([
      {
        line: 5,
        reason: `invoice_date: not a valid date: "2024-13-05"; amount: not an amount: "ten" (if amounts use a decimal comma, set "decimalSeparator": "," in the mapping)`,
      },
      { line: 6, reason: "missing client_id" },
      { line: 7, reason: "cell E7 holds the error #N/A" },
    ]);
    expect(r.batch.invoices?.map((i) => i.id)).toEqual(["C1|1"]);
  });

  it("rejects a row whose used cell sits under cells merged across rows, and ignores problems in unused columns", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.addRow([...H, "notes"]);
    ws.addRow(["C1", "1", "2024-01-05", "2024-02-04", 10, { error: "#REF!" }]);
    ws.addRow(["", "2", "2024-01-05", "2024-02-04", 20, { formula: "X1" }]);
    ws.mergeCells("A2:A3");
    const r = parse(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(r.batch.invoices?.map((i) => i.id)).toEqual(["C1|1"]);
    expect(r.rejects.map(({ line, reason }) => ({ line, reason }))).toEqual([
      {
        line: 3,
        reason:
          "cell A3 is part of the merged cells A2:A3, whose value Excel keeps in A2 only: unmerge them and fill in each row",
      },
    ]);
  });

  it("reads rows shorter or longer than the header: missing cells are empty, cells past the header are ignored", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.addRow([...H, "client_name"]);
    ws.addRow(["C1", "1", "2024-01-05", "2024-02-04", 10]);
    ws.addRow(["C1", "2", "2024-01-05", "2024-02-04", 20, "Acme"]);
    ws.getCell("Z3").value = "note far to the right";
    const r = parse(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(r.rejects).toEqual([]);
    expect(r.batch.invoices?.map((i) => i.amountMinor)).toEqual([1000, 2000]);
    expect(r.batch.clients?.[0]?.name).toBe("Acme");
  });

  it("flags a used cell under a merge across rows even where the row has nothing after it", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.addRow(["client_id", "invoice_number", "invoice_date", "due_date", "client_name", "amount"]);
    ws.addRow(["C1", "1", "2024-01-05", "2024-02-04", "Acme", 10]);
    ws.addRow(["C1", "2", "2024-01-05", "2024-02-04", "Acme"]);
    ws.mergeCells("F2:F3");
    const r = parse(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(r.rejects.map(({ line, reason }) => ({ line, reason }))).toEqual([
      {
        line: 3,
        reason:
          "cell F3 is part of the merged cells F2:F3, whose value Excel keeps in F2 only: unmerge them and fill in each row",
      },
    ]);
  });

  it("skips an exact repeat and rejects every copy of an invoice with different content", async () => {
    const row = ["C1", "0000611365", "2024-01-05", "2024-02-04", 100];
    const r = parse(
      await xlsx({
        S: [
          H,
          row,
          ["C1", 611365, "2024-01-05", "2024-02-04", 100],
          ["C2", "9", "2024-01-05", "2024-02-04", 1],
          ["C2", "9", "2024-01-05", "2024-02-04", 2],
        ],
      }),
    );
    expect(r.skipped).toEqual([{ line: 3, reason: "same invoice as line 2" }]);
    expect(r.rejects.map((x) => x.line)).toEqual([4, 5]);
    expect(r.batch.invoices?.map((i) => i.id)).toEqual(["C1|611365"]);
  });

  it("parses the same workbook to the same batch every time (re-import changes nothing)", async () => {
    const bytes = await xlsx({ S: [H, ["C1", "1", utc("2024-01-05"), utc("2024-02-04"), 10.1]] });
    expect(parse(bytes).batch).toEqual(parse(bytes).batch);
  });
});

describe("which sheet", () => {
  const rows = (id: string) => [H, [id, "1", "2024-01-05", "2024-02-04", 1]];

  it("reads the first visible sheet by default and a named one with --sheet", async () => {
    const sheets = { Hidden: rows("H1"), Summary: rows("S1"), Detail: rows("D1") };
    const bytes = await xlsx(sheets);
    const hiddenFirst = await xlsx(sheets, (wb) => {
      (wb.getWorksheet("Hidden") as ExcelJS.Worksheet).state = "hidden";
    });
    expect(parse(bytes).sheet).toEqual({ name: "Hidden", position: 1, count: 3 });
    expect(parse(hiddenFirst).sheet).toEqual({ name: "Summary", position: 2, count: 3 });
    expect(parse(hiddenFirst).batch.clients?.[0]?.id).toBe("S1");
    expect(parse(bytes, undefined, "Detail").batch.clients?.[0]?.id).toBe("D1");
    expect(parse(bytes, undefined, "detail").sheet?.name).toBe("Detail");
  });

  it("refuses a sheet name that does not exist, listing the sheets", async () => {
    const r = parse(await xlsx({ Summary: rows("S1"), Detail: rows("D1") }), undefined, "Aging");
    expect(r.fileError).toEqual({
      code: "IMPORT_INVALID",
      message: 'the workbook has no sheet named "Aging"; its sheets are "Summary", "Detail"',
    });
    expect(r.batch.invoices).toEqual([]);
  });

  it("refuses an empty sheet", async () => {
    expect(parse(await xlsx({ Empty: [] })).fileError?.message).toBe('the sheet "Empty" is empty');
  });
});

describe("files that are not .xlsx workbooks", () => {
  it("refuses a legacy .xls (OLE compound file) and asks for .xlsx or CSV", () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const r = parse(ole);
    expect(r.fileError).toEqual({ code: "IMPORT_INVALID", message: LEGACY_XLS_MESSAGE });
    expect(r.fileError?.message).toMatch(/\.xls\).*save it as .*\.xlsx.*or export it as CSV/);
  });

  it.each([
    ["a text file", new TextEncoder().encode(`${H.join(",")}\n`), /not an Excel \.xlsx workbook/],
    ["a damaged zip", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), /the workbook is damaged/],
  ])("refuses %s", (_name, bytes, message) => {
    const r = parse(bytes);
    expect(r.fileError?.message).toMatch(message);
    expect(r.rejects).toHaveLength(1);
  });
});
