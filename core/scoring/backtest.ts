/**
 * The backtest behind `npx nudge model backtest`: train as of a cutoff, then score every invoice
 * issued on or after it at its own invoice date, and compare with the naive baseline (the
 * client's past late share). Also checks "paid within 30 days" on the invoices open at the cutoff.
 */
import type { Interaction, Invoice, IsoDate } from "../domain/types";
import { NEVER, dayOf } from "./day";
import { naiveLateShare } from "./features";
import { scoreIssueRows } from "./issue-scoring";
import { type Metrics, evaluate } from "./metrics";
import type { ModelVersion } from "./model-version";
import { pacePaidWithin } from "./pace-predict";
import { preparePaymentHistory } from "./payment-history";
import { scoreOpenInvoices } from "./score-open";
import { trainModel } from "./train";

export interface BacktestPrediction {
  invoiceNumber: string;
  clientId: string;
  invoiceDate: IsoDate;
  pLate: number;
  /** 1 = paid after the due date; absent while the outcome is unknown. */
  label?: 0 | 1;
}

export interface BacktestResult {
  cutoff: IsoDate;
  predictions: BacktestPrediction[];
  model: Metrics;
  naive: Metrics;
  /** "Paid within 30 days" for invoices open at the cutoff, against the pace model alone. */
  paidWithin30?: { model: Metrics; paceOnly: Metrics };
  modelVersion: ModelVersion;
}

export interface BacktestOptions {
  interactions?: readonly Interaction[];
  versionId?: string;
}

/**
 * An unpaid invoice's outcome is known once its due date is behind the latest day the ledger
 * records (it is late); before that it is left out of the measures. Written-off counts as late.
 */
function label(invoice: Invoice, lastDay: number): 0 | 1 | undefined {
  if (invoice.status === "paid" && invoice.paidDate !== undefined) return invoice.paidDate > invoice.dueDate ? 1 : 0;
  if (invoice.status === "written-off") return 1;
  return dayOf(invoice.dueDate) < lastDay ? 1 : undefined;
}

/** Trains on invoices issued and settled before `cutoff`; scores every invoice issued on or after it. */
export function backtest(invoices: readonly Invoice[], cutoff: IsoDate, options: BacktestOptions = {}): BacktestResult {
  const history = preparePaymentHistory(invoices, options.interactions ?? []);
  const model = trainModel(history, { cutoff, versionId: options.versionId ?? `backtest-${cutoff}` });
  const { ledger, signals } = history;
  let lastDay = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < ledger.size; i += 1) {
    lastDay = Math.max(lastDay, ledger.issued[i]!, ledger.paid[i]! === NEVER ? lastDay : ledger.paid[i]!);
  }
  const test: number[] = [];
  invoices.forEach((invoice, i) => {
    if (invoice.invoiceDate >= cutoff) test.push(ledger.rowOf[i]!);
  });
  const scored = scoreIssueRows(model, ledger, signals, Int32Array.from(test));
  const predictions = test.map((row, k): BacktestPrediction => {
    const invoice = invoices[ledger.source[row]!]!;
    const y = label(invoice, lastDay);
    return {
      invoiceNumber: invoice.number,
      clientId: invoice.clientId,
      invoiceDate: invoice.invoiceDate,
      pLate: scored.pLate[k]!,
      ...(y === undefined ? {} : { label: y }),
    };
  });
  const labelled = predictions.flatMap((p, k) => (p.label === undefined ? [] : [k]));
  const y = labelled.map((k) => predictions[k]!.label!);
  const result: BacktestResult = {
    cutoff,
    predictions,
    model: evaluate(
      y,
      labelled.map((k) => predictions[k]!.pLate),
    ),
    naive: evaluate(
      y,
      labelled.map((k) => naiveLateShare(scored.history, k, model.baseLateRate)),
    ),
    modelVersion: model,
  };
  const horizon = dayOf(cutoff) + 30;
  const open = horizon <= lastDay ? scoreOpenInvoices(model, history, cutoff) : [];
  if (open.length > 0) {
    const byId = new Map(invoices.map((inv) => [inv.id, inv]));
    const paidBy = open.map((s) => {
      const paid = byId.get(s.invoiceId)?.paidDate;
      return paid !== undefined && dayOf(paid) <= horizon ? 1 : 0;
    });
    result.paidWithin30 = {
      model: evaluate(
        paidBy,
        open.map((s) => s.pPaid30),
      ),
      paceOnly: evaluate(
        paidBy,
        open.map((s) => pacePaidWithin(model.pace, s.pace, s.ageDays, 30)),
      ),
    };
  }
  return result;
}

/** The predictions file of the backtest contract: `invoice_number,client_id,invoice_date,p_late`. */
export function backtestCsv(predictions: readonly BacktestPrediction[]): string {
  const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = predictions.map(
    (p) => `${quote(p.invoiceNumber)},${quote(p.clientId)},${p.invoiceDate},${p.pLate.toFixed(6)}`,
  );
  return `invoice_number,client_id,invoice_date,p_late\n${lines.join("\n")}\n`;
}
