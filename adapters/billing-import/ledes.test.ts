import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseLedes1998b } from "./ledes";

const SAMPLE = readFileSync(new URL("./fixtures/two-invoices.ledes.txt", import.meta.url), "utf8");
const parse = (text: string) => parseLedes1998b(text, { tenantId: "t1" });
const HEADER = SAMPLE.split("\n").slice(0, 2).join("\n");

describe("LEDES 1998B with two invoices", () => {
  const r = parse(SAMPLE);

  it("builds one invoice per client and invoice number, due 30 days after the invoice date", () => {
    expect(r.rejects).toEqual([]);
    expect(r.rows).toBe(6);
    const common = { tenantId: "t1", currency: "USD", status: "open", disputed: false, delivery: "portal" };
    expect(r.batch.invoices).toEqual([
      {
        ...common,
        id: "ACME|INV-1001",
        clientId: "ACME",
        matterId: "ACME|LF-100",
        number: "INV-1001",
        invoiceDate: "2024-01-31",
        dueDate: "2024-03-01",
        amountMinor: 168445,
        balanceMinor: 168445,
      },
      {
        ...common,
        id: "GLOBEX|2024-0007",
        clientId: "GLOBEX",
        matterId: "GLOBEX|LF-200",
        number: "2024-0007",
        invoiceDate: "2024-02-15",
        dueDate: "2024-03-16",
        amountMinor: 125000,
        balanceMinor: 125000,
      },
    ]);
  });

  it("builds clients and matters; the matter name is CLIENT_MATTER_ID or the firm's matter id", () => {
    expect(r.batch.clients?.map((c) => [c.id, c.name, c.language, c.preferredChannel])).toEqual([
      ["ACME", "ACME", "en", "email"],
      ["GLOBEX", "GLOBEX", "en", "email"],
    ]);
    expect(r.batch.matters).toEqual([
      { tenantId: "t1", id: "ACME|LF-100", clientId: "ACME", name: "ACME-LIT-24" },
      { tenantId: "t1", id: "GLOBEX|LF-200", clientId: "GLOBEX", name: "LF-200" },
    ]);
    expect(r.batch.payments).toEqual([]);
  });

  it("reports the line totals of each invoice by kind", () => {
    expect(r.lineTotals).toEqual([
      {
        invoiceId: "ACME|INV-1001",
        clientId: "ACME",
        number: "INV-1001",
        lines: 3,
        feesMinor: 133000,
        expensesMinor: 35445,
        adjustmentsMinor: 0,
        lineTotalMinor: 168445,
        invoiceTotalMinor: 168445,
        currency: "USD",
      },
      {
        invoiceId: "GLOBEX|2024-0007",
        clientId: "GLOBEX",
        number: "2024-0007",
        lines: 3,
        feesMinor: 125000,
        expensesMinor: 10000,
        adjustmentsMinor: -10000,
        lineTotalMinor: 125000,
        invoiceTotalMinor: 125000,
        currency: "USD",
      },
    ]);
  });

  it("reads CRLF files with a byte-order mark the same way, deterministically", () => {
    expect(parse(`\uFEFF${SAMPLE.replaceAll("\n", "\r\n")}`)).toEqual(r);
  });

  it("takes terms and currency from the options", () => {
    const eur = parseLedes1998b(SAMPLE, { tenantId: "t1", currency: "eur", termsDays: 45 });
    expect(eur.batch.invoices?.map((i) => [i.dueDate, i.currency])).toEqual([
      ["2024-03-16", "EUR"],
      ["2024-03-31", "EUR"],
    ]);
  });
});

describe("LEDES refusals", () => {
  it("rejects every line of an invoice whose items do not add up to INVOICE_TOTAL", () => {
    const r = parse(SAMPLE.replaceAll("|GLOBEX|LF-200|1250.00|", "|GLOBEX|LF-200|1300.00|"));
    const reason = 'the line items of invoice "2024-0007" add up to 1250.00 but INVOICE_TOTAL is 1300.00';
    expect(r.rejects.map((x) => [x.line, x.reason])).toEqual([
      [7, reason],
      [8, reason],
      [9, reason],
    ]);
    expect(r.rejects[0]?.raw).toMatch(/^20240215\|2024-0007\|GLOBEX\|LF-200\|1300\.00\|/);
    expect(r.batch.invoices?.map((i) => i.id)).toEqual(["ACME|INV-1001"]);
    expect(r.lineTotals.map((t) => t.invoiceId)).toEqual(["ACME|INV-1001"]);
    expect(r.batch.clients?.map((c) => c.id)).toEqual(["ACME"]);
  });

  it("rejects the sibling lines of an invalid line, at the line where a wrapped record starts", () => {
    const r = parse(SAMPLE.replace("|2|F|2.0|-70.00|630.00|", "|2|F|2.0|-70.00|six hundred|"));
    expect(r.rejects.map((x) => [x.line, x.reason])).toEqual([
      [3, 'invoice "INV-1001" has invalid lines (4)'],
      [4, 'LINE_ITEM_TOTAL: not an amount: "six hundred"'],
      [6, 'invoice "INV-1001" has invalid lines (4)'],
    ]);
    expect(r.rejects[1]?.raw).toContain("wrapped\n by the billing system");
    expect(r.batch.invoices?.map((i) => i.id)).toEqual(["GLOBEX|2024-0007"]);
  });

  it("rejects lines that disagree on the invoice's header fields", () => {
    const lines = SAMPLE.split("\n");
    lines[7] = (lines[7] ?? "").replace("20240215|2024-0007", "20240216|2024-0007");
    const r = parse(lines.join("\n"));
    const reason = 'the lines of invoice "2024-0007" disagree on INVOICE_DATE (20240215, 20240216)';
    expect(r.rejects.map((x) => [x.line, x.reason])).toEqual([
      [7, reason],
      [8, reason],
      [9, reason],
    ]);
  });

  it.each([
    ["bad date", "2024013|X|C|M|1.00|||d|1|F|1|0|1.00|||||||||||[]", 'INVOICE_DATE "2024013" is not a YYYYMMDD date'],
    ["bad type", "20240131|X|C|M|1.00|||d|1|Q|1|0|1.00|||||||||||[]", 'EXP/FEE/INV_ADJ_TYPE "Q" is not F, E, IF or IE'],
    ["missing client", "20240131|X||M|1.00|||d|1|F|1|0|1.00|||||||||||[]", "missing CLIENT_ID"],
    ["field count", "20240131|X|C|M|1.00[]", "line item has 5 fields but the header has 24"],
    ["no terminator", "20240131|X|C|M|1.00|||d|1|F|1|0|1.00|||||||||||", 'the record does not end with "[]"'],
  ])("%s", (_name, line, reason) => {
    const r = parse(`${HEADER}\n${line}\n`);
    expect(r.rejects).toEqual([{ line: 3, reason, raw: line }]);
    expect(r.batch.invoices).toEqual([]);
  });

  it.each([
    ["client_id,amount\n", 1, 'a LEDES 1998B file starts with the line "LEDES1998B[]"'],
    [
      "LEDES98BI V2[]\n",
      1,
      '"LEDES98BI V2[]" is not supported: only LEDES 1998B files (first line "LEDES1998B[]") are',
    ],
    [
      "LEDES1998B[]\nINVOICE_DATE|INVOICE_NUMBER[]\n",
      2,
      "the LEDES header lacks CLIENT_ID, LAW_FIRM_MATTER_ID, INVOICE_TOTAL, EXP/FEE/INV_ADJ_TYPE, LINE_ITEM_TOTAL",
    ],
  ])("refuses the file %j", (text, line, message) => {
    const r = parse(text);
    expect(r.fileError).toEqual({ code: "IMPORT_INVALID", message });
    expect(r.rejects.map((x) => [x.line, x.reason])).toEqual([[line, message]]);
    expect(r.batch.invoices).toEqual([]);
  });
});
