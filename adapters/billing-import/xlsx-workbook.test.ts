import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import {
  columnName,
  decimalText,
  isDateFormatCode,
  readWorkbookSheet,
  serialToIsoDate,
  type SheetRead,
} from "./xlsx-workbook";

describe("decimalText: Excel's 15 significant digits in plain decimals", () => {
  it.each([
    [1234.5, ".", "1234.5"],
    [0.1 + 0.2, ".", "0.3"],
    [100 / 3, ".", "33.3333333333333"],
    [-1234.56, ",", "-1234,56"],
    [987654321.99, ".", "987654321.99"],
    [1e21, ".", "1000000000000000000000"],
    [1.5e-7, ".", "0.00000015"],
    [123456789012345680000, ".", "123456789012346000000"],
    [-0, ".", "0"],
    [42, ",", "42"],
  ])("%d (%s) → %s", (n, sep, want) => expect(decimalText(n, sep as "." | ",")).toBe(want));
});

describe("serialToIsoDate", () => {
  it.each([
    [1, false, "1900-01-01"],
    [59, false, "1900-02-28"],
    [61, false, "1900-03-01"],
    [45292, false, "2024-01-01"],
    [45296.75, false, "2024-01-05"],
    [45296.99999999999, false, "2024-01-06"],
    [1, true, "1904-01-02"],
    [43834, true, "2024-01-05"],
  ])("%d (1904: %s) → %s", (serial, date1904, want) =>
    expect(serialToIsoDate(serial, date1904)).toEqual({ text: want }),
  );

  it.each([
    [0, false, /holds 0, which is not a date/],
    [0, true, /holds 0, which is not a date/],
    [-3, false, /holds -3, which is not a date/],
    [60, false, /1900-02-29, a day that does not exist/],
    [3e6, false, /holds 3000000, which is not a date/],
  ])("refuses %d (1904: %s)", (serial, date1904, problem) =>
    expect(serialToIsoDate(serial, date1904).problem).toMatch(problem),
  );
});

describe("isDateFormatCode", () => {
  it.each([
    ["yyyy-mm-dd", true],
    ["d-mmm-yy", true],
    ["[$-409]m/d/yy h:mm AM/PM", true],
    ["[h]:mm:ss", true],
    ["General", false],
    ["#,##0.00_);[Red](#,##0.00)", false],
    ['0.00 "days"', false],
    ['_("$"* #,##0.00_)', false],
    ["\\d0.00", false],
    ["@", false],
  ])("%s → %s", (code, want) => expect(isDateFormatCode(code)).toBe(want));
});

it("columnName", () => {
  expect([0, 25, 26, 27, 701, 702].map(columnName)).toEqual(["A", "Z", "AA", "AB", "ZZ", "AAA"]);
});

/** A workbook written part by part, the way other producers than Excel lay them out. */
function handWritten(parts: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, strToU8(xml)])));
}

const NS = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function rows(read: SheetRead) {
  if (!read.ok) throw new Error(read.error.message);
  return read.sheet.rows.map((r) => ({
    line: r.line,
    cells: r.cells,
    problems: r.problems && [...r.problems.values()],
  }));
}

describe("hand-written workbooks", () => {
  const base = {
    "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="/Book/Workbook.xml"/></Relationships>`,
    "Book/_rels/Workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="a" Type="${REL}/worksheet" Target="/Book/Sheets/First.xml"/><Relationship Id="b" Type="${REL}/sharedStrings" Target="Strings.xml"/><Relationship Id="c" Type="${REL}/styles" Target="Styles.xml"/></Relationships>`,
    "Book/Workbook.xml": `<x:workbook ${NS} ${R}><x:workbookPr date1904="true"/><x:sheets><x:sheet name="Ledger" sheetId="1" r:id="a"/></x:sheets></x:workbook>`,
    "Book/Strings.xml": `<x:sst ${NS}><x:si><x:t>client_id</x:t></x:si><x:si><x:r><x:t>Tōkyō </x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>KK</x:t></x:r><x:rPh sb="0" eb="2"><x:t>トウキョウ</x:t></x:rPh></x:si><x:si><x:t xml:space="preserve">line_x000D_
two &amp; more</x:t></x:si></x:sst>`,
    "Book/Styles.xml": `<x:styleSheet ${NS}><x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="[&gt;=1]yyyy\\-mm\\-dd;General"/></x:numFmts><x:cellStyleXfs count="1"><x:xf numFmtId="14"/></x:cellStyleXfs><x:cellXfs count="3"><x:xf numFmtId="0"/><x:xf numFmtId="164"/><x:xf numFmtId="4"/></x:cellXfs></x:styleSheet>`,
  };

  it("reads prefixed names, absolute targets, rows and cells without positions, inline and phonetic strings", () => {
    const sheet = `<x:worksheet ${NS}><x:sheetData>
      <x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="inlineStr"><x:is><x:t>amount</x:t></x:is></x:c></x:row>
      <x:row r="3"><x:c r="A3" t="s"><x:v>1</x:v></x:c><x:c r="B3" s="2"><x:v>1234.5</x:v></x:c><x:c r="D3" s="1"><x:v>43834</x:v></x:c></x:row>
      <x:row><x:c t="s"><x:v>2</x:v></x:c><x:c t="str"><x:f>IF(1,"","x")</x:f><x:v></x:v></x:c><x:c t="d"><x:v>2024-01-05T00:00:00</x:v></x:c><x:c t="b"><x:v>0</x:v></x:c></x:row>
      <x:row r="6"><x:c r="A6"><x:f t="shared" si="0"/><x:v>7</x:v></x:c><x:c r="B6" t="e"><x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c><x:c r="C6"><x:f>B6</x:f></x:c></x:row>
      <x:row r="7" hidden="1"><x:c r="A7" s="1"/></x:row>
    </x:sheetData></x:worksheet>`;
    const read = readWorkbookSheet(handWritten({ ...base, "Book/Sheets/First.xml": sheet }));
    expect(read.ok && read.sheet.date1904).toBe(true);
    expect(rows(read)).toEqual([
      { line: 1, cells: ["client_id", "amount"], problems: undefined },
      { line: 3, cells: ["Tōkyō KK", "1234.5", "", "2024-01-05"], problems: undefined },
      { line: 4, cells: ["line\r\ntwo & more", "", "2024-01-05", "FALSE"], problems: undefined },
      {
        line: 6,
        cells: ["7", "#DIV/0!", "=B6"],
        problems: [
          "cell B6 holds the error #DIV/0!",
          "cell C6 has the formula =B6 but no saved result (the workbook was never calculated): open it in Excel and save it, or export it as CSV",
        ],
      },
    ]);
  });

  it.each([
    [
      "an OpenDocument spreadsheet",
      { mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>" },
      /OpenDocument spreadsheet \(\.ods\)/,
    ],
    [
      "a binary workbook",
      {
        "_rels/.rels": `<Relationships><Relationship Id="r" Type="${REL}/officeDocument" Target="xl/workbook.bin"/></Relationships>`,
      },
      /binary Excel workbook \(\.xlsb\)/,
    ],
    ["a workbook without worksheets", { "xl/workbook.xml": `<workbook><sheets/></workbook>` }, /has no worksheet/],
  ])("refuses %s", (_name, parts, message) => {
    const read = readWorkbookSheet(handWritten(parts));
    expect(read.ok ? "" : read.error.message).toMatch(message);
  });
});
