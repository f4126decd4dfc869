import { describe, expect, it } from "vitest";
import { CsvReader, type Delimiter, headerDelimiterCounts, stripBom } from "./csv-reader";

function readAll(text: string, delimiter: Delimiter = ",") {
  const reader = new CsvReader(text, delimiter);
  const out: { line: number; fields: string[]; raw: string; error?: string }[] = [];
  for (let f = reader.next(); f; f = reader.next()) {
    const rec: (typeof out)[number] = { line: reader.line, fields: f, raw: text.slice(reader.start, reader.end) };
    if (reader.error) rec.error = reader.error;
    out.push(rec);
  }
  return out;
}

describe("CsvReader", () => {
  it.each([
    [
      "LF",
      "a,b\n1,2\n",
      [
        [1, ["a", "b"]],
        [2, ["1", "2"]],
      ],
    ],
    [
      "CRLF",
      "a,b\r\n1,2\r\n",
      [
        [1, ["a", "b"]],
        [2, ["1", "2"]],
      ],
    ],
    [
      "lone CR",
      "a,b\r1,2",
      [
        [1, ["a", "b"]],
        [2, ["1", "2"]],
      ],
    ],
    [
      "no final newline",
      "a,b\n1,2",
      [
        [1, ["a", "b"]],
        [2, ["1", "2"]],
      ],
    ],
    ["trailing empty field", "a,\n", [[1, ["a", ""]]]],
    [
      "blank line",
      "a\n\nb\n",
      [
        [1, ["a"]],
        [2, [""]],
        [3, ["b"]],
      ],
    ],
    ["embedded delimiter", 'x,"1,234.50"\n', [[1, ["x", "1,234.50"]]]],
    ["escaped quotes", '"say ""hi""",2\n', [[1, ['say "hi"', "2"]]]],
    [
      "quoted newline (LF)",
      '"a\nb",c\nd,e\n',
      [
        [1, ["a\nb", "c"]],
        [3, ["d", "e"]],
      ],
    ],
    [
      "quoted newline (CRLF)",
      '"a\r\nb\r\nc",d\r\ne,f\r\n',
      [
        [1, ["a\r\nb\r\nc", "d"]],
        [4, ["e", "f"]],
      ],
    ],
    ["quote inside an unquoted field stays", 'a 5" binder,2\n', [[1, ['a 5" binder', "2"]]]],
    ["empty quoted field", '"",x\n', [[1, ["", "x"]]]],
  ])("%s", (_name, text, want) => {
    expect(readAll(text).map((r) => [r.line, r.fields])).toEqual(want);
  });

  it("reads semicolons and tabs", () => {
    expect(readAll("a;b\n1,5;2", ";").map((r) => r.fields)).toEqual([
      ["a", "b"],
      ["1,5", "2"],
    ]);
    expect(readAll("a\tb\n1\t2", "\t").map((r) => r.fields)).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("reports an unterminated quote from the line it opened on", () => {
    const recs = readAll('a,b\n1,"never\nclosed\n');
    expect(recs[1]).toMatchObject({ line: 2, error: "quoted field opened on line 2 is never closed" });
  });

  it("reports text after a closing quote and keeps reading the next record", () => {
    const recs = readAll('"a"x,b\nc,d\n');
    expect(recs.map((r) => [r.line, r.fields, r.error])).toEqual([
      [1, ["a", "b"], "unexpected text after a closing quote on line 1"],
      [2, ["c", "d"], undefined],
    ]);
  });

  it("gives the raw text of a record without its terminator", () => {
    expect(readAll('x,"a\r\nb"\r\ny,z\r\n').map((r) => r.raw)).toEqual(['x,"a\r\nb"', "y,z"]);
  });
});

describe("header sniffing", () => {
  it.each([
    ["a,b,c\n1;2;3", { ",": 2, ";": 0, "\t": 0 }],
    ["a;b;c\n1,2,3", { ",": 0, ";": 2, "\t": 0 }],
    ["a\tb\n", { ",": 0, ";": 0, "\t": 1 }],
    ['"x,y";b\n', { ",": 0, ";": 1, "\t": 0 }],
    ["\r\n\r\na,b", { ",": 1, ";": 0, "\t": 0 }],
  ])("%j", (text, want) => expect(headerDelimiterCounts(text)).toEqual(want));

  it("strips a byte-order mark", () => {
    expect(stripBom("\uFEFFa,b")).toBe("a,b");
    expect(stripBom("a,b")).toBe("a,b");
  });
});
