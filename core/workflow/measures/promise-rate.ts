/**
 * Promise-to-pay kept rate over the promises whose date falls in the period:
 * `keptRate = kept ÷ (kept + broken)`; open and cancelled promises are counted but not in the rate.
 * Promises live as documents (resolved by the daily run); promises imported only as history
 * (an audit record with `data.outcome`) count too, once.
 */
import type { PromiseToPay } from "../../actions/documents";
import type { Interaction } from "../../domain/types";
import { inPeriod, type Period, ratio } from "./period";

export interface PromiseReport {
  promises: number;
  kept: number;
  broken: number;
  open: number;
  cancelled: number;
  keptRate: number | null;
}

export function promiseRate(docs: PromiseToPay[], history: Interaction[], period: Period): PromiseReport {
  const report: PromiseReport = { promises: 0, kept: 0, broken: 0, open: 0, cancelled: 0, keptRate: null };
  const known = new Set(docs.flatMap((d) => [d.id, d.sourceInteractionId ?? ""]));
  const count = (status: string) => {
    report.promises += 1;
    if (status === "kept" || status === "broken" || status === "open" || status === "cancelled") report[status] += 1;
  };
  for (const d of docs) if (inPeriod(d.promisedDate, period)) count(d.status);
  for (const h of history) {
    if (h.kind !== "promise" || known.has(h.id) || h.data?.promiseId !== undefined) continue;
    const date = typeof h.data?.date === "string" ? h.data.date : undefined;
    if (inPeriod(date, period)) count(typeof h.data?.outcome === "string" ? h.data.outcome : "open");
  }
  report.keptRate = ratio(report.kept, report.kept + report.broken);
  return report;
}
