/**
 * Payment conversion per sequence step: of the reminders a step produced in the period (the step's
 * touches, by run date), the share whose invoice was paid in full within 7 days of the reminder:
 * `conversion = converted ÷ reminders`, converted meaning `runDate ≤ paidDate ≤ runDate + 7`.
 */
import { addDays } from "../../domain/dates";
import type { Invoice } from "../../domain/types";
import type { WorkflowConfig } from "../config/types";
import { END_STEP, type SequenceTouch } from "../documents";
import { inPeriod, type Period, ratio } from "./period";

export const CONVERSION_DAYS = 7;

export interface ConversionRow {
  sequenceId: string;
  stepId: string;
  label?: string;
  reminders: number;
  converted: number;
  conversion: number | null;
}

export function sequenceConversion(
  touches: SequenceTouch[],
  invoices: Map<string, Pick<Invoice, "paidDate" | "status">>,
  period: Period,
  config?: WorkflowConfig,
): ConversionRow[] {
  const rows = new Map<string, ConversionRow>();
  for (const t of touches) {
    if (t.status !== "claimed" || t.stepId === END_STEP || !inPeriod(t.runDate, period)) continue;
    const key = `${t.sequenceId}|${t.stepId}`;
    const row = rows.get(key) ?? {
      sequenceId: t.sequenceId,
      stepId: t.stepId,
      reminders: 0,
      converted: 0,
      conversion: null,
    };
    rows.set(key, row);
    row.reminders += 1;
    const paid = invoices.get(t.invoiceId)?.paidDate;
    if (paid !== undefined && paid >= t.runDate && paid <= addDays(t.runDate, CONVERSION_DAYS)) row.converted += 1;
  }
  const order = new Map<string, number>();
  config?.sequences.forEach((s, i) => {
    s.steps.forEach((st, j) => {
      order.set(`${s.id}|${st.id}`, i * 1000 + j);
    });
  });
  const labels = new Map<string, string | undefined>(
    config?.sequences.flatMap((s) =>
      s.steps.map((st): [string, string | undefined] => [`${s.id}|${st.id}`, st.label]),
    ) ?? [],
  );
  return [...rows.entries()]
    .sort(([a], [b]) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9) || (a < b ? -1 : 1))
    .map(([key, r]) => {
      const label = labels.get(key);
      return { ...r, ...(label ? { label } : {}), conversion: ratio(r.converted, r.reminders) };
    });
}
