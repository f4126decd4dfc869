import { describe, expect, it } from "vitest";
import { en } from "../i18n/en";
import { csvCell, inventoryCsv } from "./csv";
import type { ViewRow } from "./inventory-model";

describe("csvCell", () => {
  it.each([
    ["plain", "plain"],
    ['say "hi", then', '"say ""hi"", then"'],
    ["=HYPERLINK(1)", "'=HYPERLINK(1)"],
    ["-12.50", "-12.50"],
    ["@SUM", "'@SUM"],
    [null, ""],
    [42, "42"],
  ])("%j → %s", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe("inventoryCsv", () => {
  const row = {
    clientId: "CL-9",
    name: "Zürich Rück AG",
    currency: "USD",
    collectorId: null,
    collectorName: null,
    partnerId: "p",
    partnerName: "Eleanor Hartwell",
    practiceGroups: ["Tax", "Litigation"],
    balanceMinor: 123456,
    overdueMinor: 100000,
    invoiceCount: 2,
    oldestDaysPastDue: 45,
    bucket: "d31_60",
    lastTouch: { at: "2026-11-02T14:00:00.000Z", kind: "call" },
    openPromises: 1,
    openPromiseMinor: 5000,
    brokenPromises: 0,
    openDisputes: 0,
    holdUntil: null,
    nextStep: { date: "2026-11-30", stepId: "+45", sequenceId: "standard", label: "Partner letter", channel: "letter" },
    p30: 0.4567,
    segment: "collector-call",
    modelAction: null,
  } satisfies ViewRow;

  it("writes decimals, ISO dates and CRLF lines; the Excel variant adds a BOM", () => {
    const csv = inventoryCsv([row], en);
    const [header, line] = csv.split("\r\n");
    expect(header?.split(",")[0]).toBe("Client id");
    expect(line).toBe(
      "CL-9,Zürich Rück AG,,Eleanor Hartwell,Tax; Litigation,USD,1234.56,1000.00,45,31-60 days,0.457,Collector call,,Partner letter,2026-11-30,2026-11-02,1,0,0,",
    );
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(inventoryCsv([row], en, { excel: true }).charCodeAt(0)).toBe(0xfeff);
  });
});
