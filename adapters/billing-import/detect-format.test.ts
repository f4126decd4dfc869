import { describe, expect, it } from "vitest";
import { detectFormat } from "./detect-format";

describe("detectFormat", () => {
  it.each([
    ["invoices.txt", "LEDES1998B[]\nINVOICE_DATE|…[]", "ledes"],
    ["invoices.txt", "\uFEFF\r\n  ledes1998b[]\r\n", "ledes"],
    ["export.ledes", "", "ledes"],
    ["ar.csv", "client_id,invoice_number\n", "csv"],
    ["ar.txt", "client_id;invoice_number\n", "csv"],
  ])("%s %j → %s", (name, text, want) => expect(detectFormat(name, text)).toBe(want));
});
