import { describe, expect, it } from "vitest";
import { parseMapping, resolveColumns } from "./mapping";

describe("parseMapping", () => {
  it("accepts the IBM mapping, as JSON text or as a parsed object", () => {
    const json =
      '{"columns": {"client_id": "customerID", "amount": "InvoiceAmount"}, "dateFormat": "M/D/YYYY", "currency": "usd"}';
    const want = {
      ok: true,
      value: { columns: { client_id: "customerID", amount: "InvoiceAmount" }, dateFormat: "M/D/YYYY", currency: "USD" },
    };
    expect(parseMapping(json)).toEqual(want);
    expect(parseMapping(JSON.parse(json))).toEqual(want);
    expect(parseMapping({ decimalSeparator: "," })).toEqual({ ok: true, value: { decimalSeparator: "," } });
  });

  it.each([
    ["{not json", ["mapping is not valid JSON"]],
    [[], ['mapping must be a JSON object like {"columns": {...}, "dateFormat": "M/D/YYYY"}']],
    [{ colums: {} }, ['unknown key "colums" (expected columns, dateFormat, decimalSeparator, currency)']],
    [{ columns: "x" }, ['"columns" must be an object of canonical column → source header']],
    [{ columns: { client: "Customer" } }, ['unknown column "client" (expected one of client_id, invoice_number']],
    [{ columns: { amount: "" } }, ['column "amount" must name a source header']],
    [{ dateFormat: "MM/DD/YY" }, ['dateFormat "MM/DD/YY" has a two-digit year; use YYYY']],
    [{ dateFormat: 7 }, ['"dateFormat" must be a string such as "M/D/YYYY"']],
    [{ decimalSeparator: ";" }, ['"decimalSeparator" must be "." or ","']],
    [{ currency: "dollars" }, ['"currency" must be an ISO 4217 code such as "USD"']],
    [
      { currency: "X", decimalSeparator: " " },
      ['"decimalSeparator" must be "." or ","', '"currency" must be an ISO 4217 code such as "USD"'],
    ],
  ])("refuses %j with a clear message", (input, parts) => {
    const r = parseMapping(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe("VALIDATION");
    for (const part of parts) expect(r.message).toContain(part);
  });
});

describe("resolveColumns", () => {
  it("finds canonical names ignoring case, spaces, dashes and underscores", () => {
    const r = resolveColumns(
      ["Client ID", "Invoice-Number", "INVOICE_DATE", "dueDate", " Amount ", "Notes"],
      undefined,
    );
    expect(r.ok && r.index).toMatchObject({
      client_id: 0,
      invoice_number: 1,
      invoice_date: 2,
      due_date: 3,
      amount: 4,
      currency: -1,
    });
  });

  it("follows the mapping and falls back to canonical names for unmapped columns", () => {
    const r = resolveColumns(["customerID", "invoice_number", "InvoiceDate", "due_date", "InvoiceAmount"], {
      columns: { client_id: "customerID", invoice_date: "InvoiceDate", amount: "InvoiceAmount" },
    });
    expect(r.ok && [r.index.client_id, r.index.invoice_number, r.index.amount]).toEqual([0, 1, 4]);
  });

  it.each([
    [
      ["client_id", "invoice_number", "amount"],
      undefined,
      'missing columns: invoice_date, due_date; the header has "client_id", "invoice_number", "amount"',
    ],
    [
      ["client_id", "invoice_number", "invoice_date", "due_date", "amount"],
      { columns: { client_name: "Customer Name" } },
      'missing columns: client_name (mapped to "Customer Name"); the header has "client_id", "invoice_number", "invoice_date", "due_date", "amount"',
    ],
  ])("refuses missing columns %j", (header, mapping, message) => {
    expect(resolveColumns(header, mapping)).toEqual({ ok: false, code: "IMPORT_INVALID", message });
  });

  it("refuses a column that appears twice", () => {
    const header = ["client_id", "invoice_number", "invoice_date", "due_date", "amount", "Amount"];
    expect(resolveColumns(header, undefined)).toEqual({
      ok: false,
      code: "IMPORT_AMBIGUOUS",
      message: 'header "amount" appears more than once (columns 5 and 6)',
    });
  });
});
