import { describe, expect, it } from "vitest";
import { parseLedgerCsv } from "./ledger-csv";

const H =
  "client_id,invoice_number,invoice_date,due_date,amount,currency,paid_date,paid_amount,disputed,delivery,ebilling_status,contact_email,language";
const HINT = ' (if amounts use a decimal comma, set "decimalSeparator": "," in the mapping)';

/** A valid row with some cells replaced: [column index, value]. */
function row(...changes: [number, string][]): string {
  const cells = ["C1", "INV-1", "2024-01-05", "2024-02-04", "100.00", "", "", "", "", "", "", "", ""];
  for (const [i, v] of changes) cells[i] = v;
  return cells.join(",");
}
const parse = (text: string) => parseLedgerCsv(text, { tenantId: "t1" });

describe("each invalid row is rejected with its line and every reason", () => {
  it.each([
    ["missing client_id", row([0, ""]), "missing client_id"],
    [
      "missing everything but the client",
      row([1, ""], [2, ""], [3, ""], [4, ""]),
      "missing invoice_number; missing invoice_date; missing due_date; missing amount",
    ],
    ["bad date", row([2, "2024-13-05"]), 'invoice_date: not a valid date: "2024-13-05"'],
    [
      "due before invoice date",
      row([2, "2024-02-05"], [3, "2024-01-04"]),
      "due_date 2024-01-04 is before invoice_date 2024-02-05",
    ],
    ["two decimal points", row([4, "12.3.4"]), `amount: more than one decimal separator in "12.3.4"${HINT}`],
    ["not an amount", row([4, "abc"]), `amount: not an amount: "abc"${HINT}`],
    ["too many decimals", row([4, "1.234"]), `amount: more than 2 decimals in "1.234"${HINT}`],
    ["currency in the amount", row([4, "EUR 100.00"]), `amount "EUR 100.00" is in EUR but the row's currency is USD`],
    ["bad currency", row([5, "dollars"]), 'currency "dollars" is not an ISO 4217 code such as USD'],
    [
      "paid more than the amount",
      row([6, "2024-02-01"], [7, "150.00"]),
      "paid_amount 150.00 is more than amount 100.00",
    ],
    ["paid amount without a date", row([7, "50.00"]), "paid_amount needs a paid_date"],
    ["paid date with zero paid", row([6, "2024-02-01"], [7, "0"]), "paid_date is set but paid_amount is 0"],
    ["negative payment", row([6, "2024-02-01"], [7, "-5"]), "paid_amount -5 and amount 100.00 have opposite signs"],
    [
      "bad paid date",
      row([6, "someday"]),
      'paid_date: not a date: "someday" (expected YYYY-MM-DD or a "dateFormat" in the mapping)',
    ],
    ["bad disputed", row([8, "maybe"]), 'disputed "maybe" is not Yes/No, true/false, Y/N or 1/0'],
    ["bad delivery", row([9, "pigeon"]), 'delivery "pigeon" is not Paper, Electronic or Portal'],
    ["bad e-billing status", row([10, "pending"]), 'ebilling_status "pending" is not submitted, accepted or rejected'],
    ["bad email", row([11, "nobody"]), 'contact_email "nobody" is not an email address'],
    ["bad language", row([12, "english1"]), 'language "english1" is not a language code such as en or fr'],
    [
      "unquoted thousands separator",
      row([4, "1,000.00"]),
      "row has 14 fields but the header has 13 (a value containing the delimiter must be quoted)",
    ],
    ["too few fields", "C1,INV-1", "row has 2 fields but the header has 13"],
    ["unterminated quote", 'C1,"INV-1,2024-01-05', "quoted field opened on line 2 is never closed"],
    [
      "several problems at once",
      row([2, "2024-02-30"], [4, "x"], [9, "fax"]),
      `invoice_date: not a valid date: "2024-02-30"; amount: not an amount: "x"${HINT}; delivery "fax" is not Paper, Electronic or Portal`,
    ],
  ])("%s", (_name, line, reason) => {
    const r = parse(`${H}\n${line}`);
    expect(r.rejects).toEqual([{ line: 2, reason, raw: line }]);
    expect(r.batch.invoices).toEqual([]);
  });

  it("counts physical lines across multi-line quoted fields, blank lines and CRLF", () => {
    const text = [
      "client_id,invoice_number,invoice_date,due_date,amount,client_name",
      "C1,1,2024-01-05,2024-02-04,10,Acme",
      'C2,2,2024-01-05,2024-02-04,10,"Two\r\nline\r\nname"',
      "C3,3,2024-01-05,2023-02-04,10,Late",
      "",
      'C4,4,2024-01-05,2024-02-04,10,"bad ""quote"" ok"',
      'C5,5,2024-99-05,2024-02-04,10,"multi\nline bad"',
      "C6,6,2024-01-05,2024-02-04,ten,x",
    ].join("\r\n");
    const r = parse(text);
    expect(r.rejects).toEqual([
      {
        line: 6,
        reason: "due_date 2023-02-04 is before invoice_date 2024-01-05",
        raw: "C3,3,2024-01-05,2023-02-04,10,Late",
      },
      {
        line: 9,
        reason: 'invoice_date: not a valid date: "2024-99-05"',
        raw: 'C5,5,2024-99-05,2024-02-04,10,"multi\nline bad"',
      },
      { line: 11, reason: `amount: not an amount: "ten"${HINT}`, raw: "C6,6,2024-01-05,2024-02-04,ten,x" },
    ]);
    expect(r.rows).toBe(6);
    expect(r.batch.invoices?.map((i) => i.id)).toEqual(["C1|1", "C2|2", "C4|4"]);
  });
});

describe("duplicate invoices in one file", () => {
  const base = "C1,0000611365,2024-01-05,2024-02-04,100.00,,,,,,,,";
  it.each([
    [
      "identical rows: the repeat is skipped",
      [base, base],
      { skipped: [{ line: 3, reason: "same invoice as line 2" }], rejects: [], invoices: 1 },
    ],
    [
      "same number written without leading zeros",
      [base, base.replace("0000611365", "611365")],
      { skipped: [{ line: 3, reason: "same invoice as line 2" }], rejects: [], invoices: 1 },
    ],
    ["same number for another client", [base, base.replace("C1", "C2")], { skipped: [], rejects: [], invoices: 2 }],
  ])("%s", (_name, lines, want) => {
    const r = parse([H, ...lines].join("\n"));
    expect(r.skipped).toEqual(want.skipped);
    expect(r.rejects).toEqual(want.rejects);
    expect(r.batch.invoices).toHaveLength(want.invoices);
  });

  it("rejects every copy when the content differs, with the other problems of each row", () => {
    const other = base.replace("100.00", "120.00");
    const broken = base.replace("2024-02-04", "2024-01-01");
    const r = parse([H, base, "C9,9,2024-01-05,2024-02-04,1,,,,,,,,", other, broken].join("\n"));
    const reason = "the same invoice number for the same client is on lines 2, 4, 5 with different content";
    expect(r.rejects).toEqual([
      { line: 2, reason, raw: base },
      { line: 4, reason, raw: other },
      { line: 5, reason: `due_date 2024-01-01 is before invoice_date 2024-01-05; ${reason}`, raw: broken },
    ]);
    expect(r.batch.invoices?.map((i) => i.id)).toEqual(["C9|9"]);
  });
});
