import { describe, expect, it } from "vitest";
import { csvCell } from "./csv-cell";

describe("csvCell", () => {
  it.each([
    ["plain", "plain"],
    ['say "hi", then', '"say ""hi"", then"'],
    ["line\r\nbreak", '"line\r\nbreak"'],
    ["=HYPERLINK(1)", "'=HYPERLINK(1)"],
    ["+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["\r=1", '"\'\r=1"'],
    ['=1,"x"', '"\'=1,""x"""'],
    ["-12.50", "-12.50"],
    ["-3", "-3"],
    [null, ""],
    [undefined, ""],
    [42, "42"],
    [-42, "-42"],
  ])("%j → %s", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});
