/**
 * Test and dev helper: reads the IBM accounts-receivable sample into `Invoice` objects, before the
 * real importer (adapters/billing-import) exists. Node-only (reads the file), so it lives outside core.
 * Columns: customerID → clientId, invoiceNumber → number, InvoiceDate/DueDate/SettledDate
 * (M/D/YYYY) → ISO dates, InvoiceAmount → amountMinor, Disputed Yes/No, PaperlessBill Paper/Electronic.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { invoiceKey } from "../../core/domain/keys";
import type { Invoice, IsoDate } from "../../core/domain/types";
import { parseAmount } from "../../core/money/money";

/** The sample beside the repository (`../shared/data/ibm-ar/`), or `IBM_AR_CSV` when set. */
export const IBM_SAMPLE_PATH =
  process.env.IBM_AR_CSV ??
  fileURLToPath(new URL("../../../shared/data/ibm-ar/WA_Fn-UseC_-Accounts-Receivable.csv", import.meta.url));

export function ibmSampleAvailable(path = IBM_SAMPLE_PATH): boolean {
  return existsSync(path);
}

function isoFromUs(text: string): IsoDate {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!match) throw new RangeError(`not an M/D/YYYY date: ${text}`);
  const [, m, d, y] = match as unknown as [string, string, string, string];
  return `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
}

/** Parses the sample's CSV text (no quoted fields in this file). */
export function parseIbmSample(text: string): Invoice[] {
  const lines = text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "");
  const header = (lines.shift() ?? "").split(",");
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new RangeError(`IBM sample lacks column ${name}`);
    return i;
  };
  const c = {
    client: col("customerID"),
    number: col("invoiceNumber"),
    issued: col("InvoiceDate"),
    due: col("DueDate"),
    amount: col("InvoiceAmount"),
    disputed: col("Disputed"),
    settled: col("SettledDate"),
    paperless: col("PaperlessBill"),
  };
  return lines.map((line) => {
    const f = line.split(",");
    const get = (i: number) => f[i] ?? "";
    const amount = parseAmount(get(c.amount));
    if (!amount.ok) throw new RangeError(amount.reason);
    const clientId = get(c.client);
    const number = get(c.number);
    return {
      tenantId: "ibm",
      id: invoiceKey(clientId, number),
      clientId,
      number,
      invoiceDate: isoFromUs(get(c.issued)),
      dueDate: isoFromUs(get(c.due)),
      amountMinor: amount.amountMinor,
      balanceMinor: 0,
      currency: "USD",
      status: "paid",
      paidDate: isoFromUs(get(c.settled)),
      disputed: get(c.disputed) === "Yes",
      delivery: get(c.paperless) === "Paper" ? "paper" : "electronic",
    } satisfies Invoice;
  });
}

export function loadIbmSample(path = IBM_SAMPLE_PATH): Invoice[] {
  return parseIbmSample(readFileSync(path, "utf8"));
}
