import { describe, expect, it } from "vitest";
import { compileDateFormat, isCalendarDay, isoDateParser } from "./date-format";

function parseWith(format: string, text: string) {
  const compiled = compileDateFormat(format);
  if (!compiled.ok) throw new Error(compiled.reason);
  return compiled.parse(text);
}

describe("declared date formats", () => {
  it.each([
    ["M/D/YYYY", "1/2/2013", "2013-01-02"],
    ["M/D/YYYY", "12/31/2013", "2013-12-31"],
    ["M/D/YYYY", "01/02/2013", "2013-01-02"],
    ["D/M/YYYY", "1/2/2013", "2013-02-01"],
    ["DD.MM.YYYY", "05.01.2024", "2024-01-05"],
    ["DD/MM/YYYY", "31/12/2024", "2024-12-31"],
    ["YYYY-MM-DD", "2024-02-29", "2024-02-29"],
    ["YYYYMMDD", "20240131", "2024-01-31"],
    ["D-MMM-YYYY", "5-Jan-2024", "2024-01-05"],
    ["D MMM YYYY", "5 September 2024", "2024-09-05"],
    ["m/d/yyyy", "2/3/2024", "2024-02-03"],
    ["M/D/YYYY", "1/2/2013 0:00", "2013-01-02"],
    ["M/D/YYYY", "1/2/2013 12:00:00 AM", "2013-01-02"],
    ["D/M/YYYY", "2024-03-04", "2024-03-04"],
  ])("%s reads %s as %s", (format, text, want) => {
    expect(parseWith(format, text)).toEqual({ ok: true, date: want });
  });

  it.each([
    ["M/D/YYYY", "13/1/2024", 'not a valid date: "13/1/2024" (read as M/D/YYYY)'],
    ["M/D/YYYY", "2/30/2024", 'not a valid date: "2/30/2024" (read as M/D/YYYY)'],
    ["DD.MM.YYYY", "5.1.2024", 'not a DD.MM.YYYY date: "5.1.2024"'],
    ["D-MMM-YYYY", "5-Foo-2024", 'not a valid date: "5-Foo-2024" (read as D-MMM-YYYY)'],
    ["M/D/YYYY", "1/2/13", 'not a M/D/YYYY date: "1/2/13"'],
  ])("%s refuses %s", (format, text, reason) => {
    expect(parseWith(format, text)).toEqual({ ok: false, reason });
  });

  it.each([
    ["M/D/YY", 'dateFormat "M/D/YY" has a two-digit year; use YYYY'],
    ["YYYYMD", 'dateFormat "YYYYMD" runs one- or two-digit fields together; use MM and DD'],
    ["M/D/YYYY hh", 'unsupported text " HH" in dateFormat "M/D/YYYY hh"'],
    ["D/D/YYYY", 'dateFormat "D/D/YYYY" needs one day (D or DD), one month (M, MM or MMM) and one year (YYYY)'],
  ])("refuses the format %s", (format, reason) => {
    expect(compileDateFormat(format)).toEqual({ ok: false, reason });
  });
});

describe("without a declared format", () => {
  it.each([
    ["2024-01-05", { ok: true, date: "2024-01-05" }],
    ["2024-01-05T00:00:00Z", { ok: true, date: "2024-01-05" }],
    ["2023-02-29", { ok: false, reason: 'not a valid date: "2023-02-29"' }],
    [
      "03/04/2024",
      {
        ok: false,
        reason:
          'ambiguous date "03/04/2024": it could be month/day or day/month; set "dateFormat" in the mapping (e.g. "M/D/YYYY" or "D/M/YYYY")',
      },
    ],
    [
      "13/04/2024",
      { ok: false, reason: 'date "13/04/2024" is not YYYY-MM-DD; set "dateFormat" in the mapping (e.g. "D/M/YYYY")' },
    ],
    [
      "4/13/2024",
      { ok: false, reason: 'date "4/13/2024" is not YYYY-MM-DD; set "dateFormat" in the mapping (e.g. "M/D/YYYY")' },
    ],
    ["soon", { ok: false, reason: 'not a date: "soon" (expected YYYY-MM-DD or a "dateFormat" in the mapping)' }],
  ])("%s", (text, want) => expect(isoDateParser(text)).toEqual(want));
});

describe("isCalendarDay", () => {
  it.each([
    [2024, 2, 29, true],
    [2023, 2, 29, false],
    [1900, 2, 29, false],
    [2000, 2, 29, true],
    [2024, 4, 31, false],
    [2024, 13, 1, false],
    [2024, 1, 0, false],
  ])("%i-%i-%i → %s", (y, m, d, want) => expect(isCalendarDay(y, m, d)).toBe(want));
});
