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

  const bytes = (...b: number[]) => new Uint8Array([...b, 0, 0, 0, 0]);
  it.each([
    ["export.xlsx", bytes(0x50, 0x4b, 0x03, 0x04), "xlsx"],
    ["export.csv", bytes(0x50, 0x4b, 0x03, 0x04), "xlsx"],
    ["old.dat", bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), "xlsx"],
    ["old.XLS", new TextEncoder().encode("<html><table>"), "xlsx"],
    ["ar.csv", new TextEncoder().encode("\uFEFFclient_id,invoice_number\n"), "csv"],
    ["ar.txt", new TextEncoder().encode("LEDES1998B[]\n"), "ledes"],
  ])("%s %o → %s", (name, content, want) => expect(detectFormat(name, content)).toBe(want));
});
