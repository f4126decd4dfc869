import { describe, expect, it } from "vitest";
import { parseLedgerCsv } from "./ledger-csv";
import type { ImportMapping } from "./mapping";

const H = "client_id,invoice_number,invoice_date,due_date,amount";

function parse(text: string, mapping?: ImportMapping) {
  return parseLedgerCsv(text, mapping ? { tenantId: "t1", mapping } : { tenantId: "t1" });
}
const amounts = (text: string, mapping?: ImportMapping) =>
  parse(text, mapping).batch.invoices?.map((i) => i.amountMinor);

describe("messy exports", () => {
  it("reads a byte-order mark and CRLF line ends", () => {
    const r = parse(`\uFEFF${H}\r\nC1,INV-1,2024-01-05,2024-02-04,100.00\r\n`);
    expect(r.rejects).toEqual([]);
    expect(r.rows).toBe(1);
    expect(r.batch.invoices).toEqual([
      {
        tenantId: "t1",
        id: "C1|INV-1",
        clientId: "C1",
        number: "INV-1",
        invoiceDate: "2024-01-05",
        dueDate: "2024-02-04",
        amountMinor: 10000,
        balanceMinor: 10000,
        currency: "USD",
        status: "open",
        disputed: false,
      },
    ]);
  });

  it("reads quoted fields with delimiters, quotes and newlines", () => {
    const r = parse(`${H},client_name\nC1,INV-1,2024-01-05,2024-02-04,"1,000.00","Smith, Jones ""LLP""\nLondon"\n`);
    expect(r.batch.clients?.[0]?.name).toBe('Smith, Jones "LLP"\nLondon');
    expect(r.batch.invoices?.[0]?.amountMinor).toBe(100000);
  });

  it.each([
    ['"1,234,567.89"', 123456789],
    ['"(1,234.50)"', -123450],
    ["(75.00)", -7500],
    ['"$1,234.50"', 123450],
    ["USD 99.99", 9999],
    ["250", 25000],
    ["-0.01", -1],
  ])("reads the amount %s", (cell, want) => {
    expect(amounts(`${H}\nC1,1,2024-01-05,2024-02-04,${cell}\n`)).toEqual([want]);
  });

  it("skips subtotal and grand-total rows and counts them", () => {
    const text = [
      H,
      "C1,1,2024-01-05,2024-02-04,100.00",
      "Subtotal,,,,100.00",
      "C2,2,2024-01-05,2024-02-04,50.00",
      ",,,,Total C2",
      "Grand total,,,,150.00",
    ].join("\n");
    const r = parse(text);
    expect(r.rejects).toEqual([]);
    expect(r.rows).toBe(5);
    expect(r.skipped).toEqual([
      { line: 3, reason: "subtotal or total row" },
      { line: 5, reason: "subtotal or total row" },
      { line: 6, reason: "subtotal or total row" },
    ]);
    expect(r.batch.invoices?.map((i) => i.id)).toEqual(["C1|1", "C2|2"]);
  });

  it("ignores blank lines and rows of empty cells without counting them", () => {
    const r = parse(`\n${H}\n\nC1,1,2024-01-05,2024-02-04,1\n   \n,,,,\nC1,2,2024-01-05,2024-02-04,2\n\n`);
    expect(r.rows).toBe(2);
    expect(r.skipped).toEqual([]);
    expect(r.rejects).toEqual([]);
    expect(r.batch.invoices?.length).toBe(2);
  });

  it("reads semicolons with decimal commas and European dates", () => {
    const text =
      "client_id;invoice_number;invoice_date;due_date;amount\nC1;1;05.01.2024;04.02.2024;1.234,56\nC1;2;06.01.2024;05.02.2024;(7,50)\n";
    const r = parse(text, { dateFormat: "DD.MM.YYYY", decimalSeparator: ",", currency: "EUR" });
    expect(r.rejects).toEqual([]);
    expect(r.batch.invoices?.map((i) => [i.invoiceDate, i.dueDate, i.amountMinor, i.currency])).toEqual([
      ["2024-01-05", "2024-02-04", 123456, "EUR"],
      ["2024-01-06", "2024-02-05", -750, "EUR"],
    ]);
  });

  it("reads tab-separated files", () => {
    expect(amounts(`${H.replaceAll(",", "\t")}\nC1\t1\t2024-01-05\t2024-02-04\t1,000.00\n`)).toEqual([100000]);
  });

  it("refuses ambiguous dates and asks for a dateFormat", () => {
    const r = parse(`${H}\nC1,1,03/04/2024,2024-05-01,10\n`);
    expect(r.rejects).toEqual([
      {
        line: 2,
        reason:
          'invoice_date: ambiguous date "03/04/2024": it could be month/day or day/month; set "dateFormat" in the mapping (e.g. "M/D/YYYY" or "D/M/YYYY")',
        raw: "C1,1,03/04/2024,2024-05-01,10",
      },
    ]);
    expect(r.batch.invoices).toEqual([]);
  });
});

describe("file-level refusals", () => {
  it.each([
    ["", "IMPORT_INVALID", "the file has no header line"],
    [
      "client_id,amount\nC1,1\n",
      "IMPORT_INVALID",
      "missing columns: invoice_number, invoice_date, due_date; the header has",
    ],
    [`${H},Amount\n`, "IMPORT_AMBIGUOUS", 'header "amount" appears more than once (columns 5 and 6)'],
    [
      "client_id;invoice_number;invoice_date;due_date;amount;q,client_id,invoice_number,invoice_date,due_date,amount\n",
      "IMPORT_AMBIGUOUS",
      'the header line splits into the expected columns with both "," and ";"',
    ],
  ])("%j", (text, code, message) => {
    const r = parse(text);
    expect(r.fileError?.code).toBe(code);
    expect(r.fileError?.message).toContain(message);
    expect(r.rejects).toHaveLength(1);
    expect(r.rejects[0]?.line).toBe(1);
    expect(r.batch).toEqual({ clients: [], matters: [], invoices: [], payments: [] });
  });

  it("skips title lines above the header, as billing systems print them", () => {
    const text = [
      "Hartwell & Pryce LLP",
      '"Accounts receivable as of June 30, 2024"',
      "",
      H,
      "C1,1,2024-01-05,2024-02-04,10",
      "C1,2,2024-01-05,2023-02-04,10",
    ].join("\n");
    const r = parse(text);
    expect(r.fileError).toBeUndefined();
    expect(r.headerLine).toBe(4);
    expect(r.rows).toBe(2);
    expect(r.rejects.map((x) => x.line)).toEqual([6]);
  });

  it("finds a semicolon header under a title line that has commas", () => {
    const r = parse(`Aging, all clients\n${H.replaceAll(",", ";")}\nC1;1;2024-01-05;2024-02-04;1,50\n`, {
      decimalSeparator: ",",
    });
    expect(r.fileError).toBeUndefined();
    expect(r.batch.invoices?.[0]?.amountMinor).toBe(150);
  });

  it("refuses a file without the header, naming the row that came closest", () => {
    const misspelt = "client_id,invoice_no,invoice_date,due_date,amount";
    const r = parse(["Title", misspelt, "C1,1,2024-01-05,2024-02-04,10"].join("\n"));
    expect(r.fileError?.message).toMatch(/^missing columns: invoice_number; the header has "client_id", "invoice_no"/);
    expect(r.rejects[0]?.line).toBe(2);
    const late = parse(
      [...Array.from({ length: 11 }, (_, i) => `Title ${i}`), H, "C1,1,2024-01-05,2024-02-04,10"].join("\n"),
    );
    expect(late.fileError?.message).toMatch(/^missing columns: client_id, invoice_number/);
    expect(late.rejects[0]?.line).toBe(1);
  });

  it("picks the delimiter that yields the columns when the header has several", () => {
    const r = parse(
      "client_id;invoice_number;invoice_date;due_date;amount;notes, misc\nC1;1;2024-01-05;2024-02-04;5;x, y\n",
    );
    expect(r.fileError).toBeUndefined();
    expect(r.batch.invoices?.[0]?.amountMinor).toBe(500);
  });
});
