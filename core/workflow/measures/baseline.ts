/**
 * The baseline the firm asked for, from Nudge's own records: the same measures for the `windowDays`
 * before `tenant.nudgeStartDate` and for the period from it to `asOf`, over invoices paid in each:
 * - `avgDaysToPay` = mean(paid date − invoice date);
 * - `avgDaysLate` = mean(max(0, paid date − due date));
 * - a collection cycle is an invoice paid after its due date; `avgCycleDays` / `medianCycleDays`
 *   = mean / median(paid date − due date) over cycles (time from overdue to collected);
 * - `touchesPerCycle` = person contacts naming a cycle's invoice between its due and paid dates ÷ cycles.
 * `change` is after − before (negative = faster).
 */
import { addDays } from "../../domain/dates";
import type { Interaction, Invoice, IsoDate } from "../../domain/types";
import { days, inPeriod, isPersonContact, mean, median, type Period, round1 } from "./period";

export interface BaselinePeriod extends Period {
  paid: number;
  avgDaysToPay: number | null;
  avgDaysLate: number | null;
  cycles: number;
  avgCycleDays: number | null;
  medianCycleDays: number | null;
  touchesPerCycle: number | null;
}

export interface BaselineReport {
  nudgeStartDate: IsoDate;
  before: BaselinePeriod;
  after: BaselinePeriod;
  change: { avgDaysToPay: number | null; avgDaysLate: number | null; avgCycleDays: number | null };
}

function measure(invoices: Invoice[], touchesByInvoice: Map<string, IsoDate[]>, period: Period): BaselinePeriod {
  const paid = invoices.filter((i) => i.status === "paid" && inPeriod(i.paidDate, period));
  const cycles = paid.filter((i) => i.paidDate! > i.dueDate);
  const cycleTouches = cycles.map(
    (i) => (touchesByInvoice.get(i.id) ?? []).filter((d) => d >= i.dueDate && d <= i.paidDate!).length,
  );
  return {
    ...period,
    paid: paid.length,
    avgDaysToPay: mean(paid.map((i) => days(i.invoiceDate, i.paidDate!))),
    avgDaysLate: mean(paid.map((i) => Math.max(0, days(i.dueDate, i.paidDate!)))),
    cycles: cycles.length,
    avgCycleDays: mean(cycles.map((i) => days(i.dueDate, i.paidDate!))),
    medianCycleDays: median(cycles.map((i) => days(i.dueDate, i.paidDate!))),
    touchesPerCycle: cycles.length ? round1(cycleTouches.reduce((a, b) => a + b, 0) / cycles.length) : null,
  };
}

const diff = (a: number | null, b: number | null) => (a === null || b === null ? null : round1(b - a));

export function baselineReport(
  invoices: Invoice[],
  interactions: Interaction[],
  nudgeStartDate: IsoDate,
  asOf: IsoDate,
  windowDays = 180,
): BaselineReport {
  const touchesByInvoice = new Map<string, IsoDate[]>();
  for (const i of interactions.filter(isPersonContact))
    for (const id of i.invoiceIds ?? [])
      touchesByInvoice.set(id, [...(touchesByInvoice.get(id) ?? []), i.at.slice(0, 10)]);
  const before = measure(invoices, touchesByInvoice, {
    from: addDays(nudgeStartDate, -windowDays),
    to: addDays(nudgeStartDate, -1),
  });
  const after = measure(invoices, touchesByInvoice, { from: nudgeStartDate, to: asOf });
  return {
    nudgeStartDate,
    before,
    after,
    change: {
      avgDaysToPay: diff(before.avgDaysToPay, after.avgDaysToPay),
      avgDaysLate: diff(before.avgDaysLate, after.avgDaysLate),
      avgCycleDays: diff(before.avgCycleDays, after.avgCycleDays),
    },
  };
}
