/** Per-invoice sums of LEDES line items by kind, so the CLI can show what each invoice is made of. */

/** The part of a parsed line item that the totals need. */
export interface TotalledItem {
  get: (field: string) => string;
  lineTotal?: number;
}

/** What the line items of one imported invoice add up to, for the CLI to show. */
export interface LedesInvoiceTotals {
  invoiceId: string;
  clientId: string;
  number: string;
  lines: number;
  feesMinor: number;
  expensesMinor: number;
  /** Invoice-level fee and expense adjustments (IF, IE). */
  adjustmentsMinor: number;
  lineTotalMinor: number;
  invoiceTotalMinor: number;
  currency: string;
}

export const TYPE_BUCKET: Record<string, "feesMinor" | "expensesMinor" | "adjustmentsMinor"> = {
  F: "feesMinor",
  E: "expensesMinor",
  IF: "adjustmentsMinor",
  IE: "adjustmentsMinor",
};

export function totalsOf(
  invoiceId: string,
  clientId: string,
  number: string,
  items: TotalledItem[],
  invoiceTotalMinor: number,
  currency: string,
): LedesInvoiceTotals {
  const totals: LedesInvoiceTotals = {
    invoiceId,
    clientId,
    number,
    lines: items.length,
    feesMinor: 0,
    expensesMinor: 0,
    adjustmentsMinor: 0,
    lineTotalMinor: 0,
    invoiceTotalMinor,
    currency,
  };
  for (const item of items) {
    const bucket = TYPE_BUCKET[item.get("EXP/FEE/INV_ADJ_TYPE").toUpperCase()] ?? "adjustmentsMinor";
    totals[bucket] += item.lineTotal ?? 0;
    totals.lineTotalMinor += item.lineTotal ?? 0;
  }
  return totals;
}
