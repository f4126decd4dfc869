/**
 * The public IBM accounts-receivable sample through the acceptance mapping, unchanged. Both files
 * live in the shared folder beside the repository; the suite is skipped where it is absent.
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseLedgerCsv } from "./ledger-csv";
import { parseMapping } from "./mapping";

const DATA = new URL("../../../shared/data/ibm-ar/WA_Fn-UseC_-Accounts-Receivable.csv", import.meta.url);
const MAPPING = new URL("../../../shared/acceptance/data/ibm-ar.mapping.json", import.meta.url);

/** Independent of the parser: the file has no quotes, so plain splitting reads it. */
function column(text: string, name: string): string[] {
  const [header, ...rows] = text.trimEnd().split(/\r?\n/);
  const at = (header ?? "").split(",").indexOf(name);
  return rows.map((r) => r.split(",")[at] ?? "");
}

/** Cents from the decimal text by integer arithmetic on its digits, never a float. */
function cents(text: string): number {
  const [whole = "0", frac = ""] = text.split(".");
  return Number.parseInt(whole, 10) * 100 + Number.parseInt(frac.padEnd(2, "0"), 10);
}

function isoFromMdy(text: string): string {
  const [m = "", d = "", y = ""] = text.split("/");
  return `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
}

describe.skipIf(!existsSync(DATA) || !existsSync(MAPPING))("IBM accounts-receivable sample", () => {
  const text = readFileSync(DATA, "utf8");
  const mapping = parseMapping(readFileSync(MAPPING, "utf8"));
  if (!mapping.ok) throw new Error(mapping.message);
  const r = parseLedgerCsv(text, { tenantId: "ibm", mapping: mapping.value });

  it("imports 2,466 invoices of 100 clients with no rejects", () => {
    expect(r.fileError).toBeUndefined();
    expect(r.rejects).toEqual([]);
    expect(r.skipped).toEqual([]);
    expect(r.rows).toBe(2466);
    expect(r.batch.invoices).toHaveLength(2466);
    expect(r.batch.clients).toHaveLength(100);
    expect(r.batch.matters).toEqual([]);
  });

  it("sums the amounts to the exact cents of the InvoiceAmount column", () => {
    const expected = column(text, "InvoiceAmount").reduce((s, v) => s + cents(v), 0);
    const total = (r.batch.invoices ?? []).reduce((s, i) => s + i.amountMinor, 0);
    expect(total).toBe(expected);
    expect(total).toBeGreaterThan(0);
  });

  it("marks every invoice paid on its SettledDate, with a payment for the full amount", () => {
    const settled = column(text, "SettledDate").map(isoFromMdy);
    const invoices = r.batch.invoices ?? [];
    expect(invoices.map((i) => i.paidDate)).toEqual(settled);
    expect(invoices.every((i) => i.status === "paid" && i.balanceMinor === 0)).toBe(true);
    expect(r.batch.payments).toHaveLength(2466);
    expect(r.batch.payments?.[0]).toEqual({
      tenantId: "ibm",
      id: "0379-NEVHP|611365|paid",
      clientId: "0379-NEVHP",
      receivedDate: "2013-01-15",
      amountMinor: 5594,
      currency: "USD",
      applications: [{ invoiceId: "0379-NEVHP|611365", amountMinor: 5594 }],
      unappliedMinor: 0,
    });
  });

  it("reads the first row exactly", () => {
    expect(r.batch.invoices?.[0]).toEqual({
      tenantId: "ibm",
      id: "0379-NEVHP|611365",
      clientId: "0379-NEVHP",
      number: "0000611365",
      invoiceDate: "2013-01-02",
      dueDate: "2013-02-01",
      amountMinor: 5594,
      balanceMinor: 0,
      currency: "USD",
      status: "paid",
      paidDate: "2013-01-15",
      disputed: false,
      delivery: "paper",
    });
    expect(r.batch.clients?.[0]).toEqual({
      tenantId: "ibm",
      id: "0379-NEVHP",
      name: "0379-NEVHP",
      contacts: [],
      emailDomains: [],
      language: "en",
      preferredChannel: "email",
      country: "391",
    });
  });

  it("keeps the Disputed and PaperlessBill columns", () => {
    const invoices = r.batch.invoices ?? [];
    expect(invoices.filter((i) => i.disputed)).toHaveLength(561);
    expect(invoices.filter((i) => i.delivery === "paper")).toHaveLength(1263);
    expect(invoices.filter((i) => i.delivery === "electronic")).toHaveLength(1203);
  });

  it("refuses the file without the mapping, naming the missing columns", () => {
    const bare = parseLedgerCsv(text, { tenantId: "ibm" });
    expect(bare.fileError?.message).toMatch(/^missing columns: client_id, amount; the header has "countryCode"/);
  });
});
