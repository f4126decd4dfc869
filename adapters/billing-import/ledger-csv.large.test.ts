import { describe, expect, it } from "vitest";
import { parseLedgerCsv } from "./ledger-csv";

/** Many rows with quoted names, thousands separators, payments and contacts (speed: `npm run bench:foundation`). */
function bigFile(rows: number): string {
  const lines = [
    "client_id,client_name,invoice_number,invoice_date,due_date,amount,paid_date,paid_amount,contact_email,matter_id",
  ];
  for (let i = 0; i < rows; i++) {
    const c = i % 10_000;
    const day = String((i % 28) + 1).padStart(2, "0");
    const paid = i % 3 === 0 ? "2024-03-01,500.00" : ",";
    lines.push(
      `C${c},"Client ${c}, LLP",INV-${i},2024-01-${day},2024-02-${day},"$1,${String(i % 1000).padStart(3, "0")}.50",${paid},ap@client${c}.com,M${i % 5}`,
    );
  }
  return lines.join("\r\n");
}

describe("large files", () => {
  it("parses 30,000 messy rows into the right entities", () => {
    const r = parseLedgerCsv(bigFile(30_000), { tenantId: "t" });
    expect(r.rejects).toEqual([]);
    expect(r.batch.invoices).toHaveLength(30_000);
    expect(r.batch.clients).toHaveLength(10_000);
    expect(r.batch.payments).toHaveLength(10_000);
    expect(r.batch.invoices?.[1]?.amountMinor).toBe(100_150);
  });
});
