/**
 * The inventory as CSV: one row per account in the order shown, amounts as plain decimals and dates
 * as YYYY-MM-DD so a spreadsheet reads them as numbers and dates. The Excel variant starts with a
 * UTF-8 byte-order mark (Excel otherwise misreads accented client names). Text that a spreadsheet
 * would run as a formula is prefixed with an apostrophe (one rule for every CSV: core/format/csv-cell.ts).
 */
import { csvCell } from "../../../core/format/csv-cell";
import { toDecimalString } from "../../../core/money/money";
import type { Strings } from "../i18n/en";
import type { ViewRow } from "./inventory-model";

export { csvCell };

export function inventoryCsv(rows: ViewRow[], s: Strings, options: { excel?: boolean } = {}): string {
  const i = s.inventory;
  const header = [
    "Client id",
    i.client,
    i.collector,
    i.partner,
    i.practiceGroup,
    "Currency",
    i.balance,
    i.overdue,
    i.daysPastDue,
    i.bucket,
    i.score,
    i.segment,
    i.nextAction,
    i.nextStep,
    "Next step date",
    i.lastTouch,
    "Open promises",
    "Broken promises",
    "Open disputes",
    "On hold until",
  ];
  const lines = rows.map((r) =>
    [
      r.clientId,
      r.name,
      r.collectorName,
      r.partnerName,
      r.practiceGroups.join("; "),
      r.currency,
      toDecimalString(r.balanceMinor, r.currency),
      toDecimalString(r.overdueMinor, r.currency),
      r.oldestDaysPastDue,
      s.buckets[r.bucket] ?? r.bucket,
      r.p30 === null ? null : Math.round(r.p30 * 1000) / 1000,
      r.segment ? (s.segments[r.segment] ?? r.segment) : null,
      r.modelAction,
      r.nextStep?.label ?? null,
      r.nextStep?.date ?? null,
      r.lastTouch?.at.slice(0, 10) ?? null,
      r.openPromises,
      r.brokenPromises,
      r.openDisputes,
      r.holdUntil,
    ]
      .map(csvCell)
      .join(","),
  );
  const text = `${[header.map(csvCell).join(","), ...lines].join("\r\n")}\r\n`;
  return options.excel ? `\uFEFF${text}` : text;
}
