/**
 * "Will this invoice be paid late?", judged on its invoice date, with reasons and confidence.
 */
import type { IsoDate } from "../domain/types";
import { type Confidence, confidenceOf } from "./confidence";
import { isoOfDay } from "./day";
import { scoreIssueRows } from "./issue-scoring";
import type { ModelVersion } from "./model-version";
import { paceState } from "./pace-predict";
import type { PaymentHistory } from "./payment-history";
import { type Reason, topReasons } from "./reasons";

export interface IssueScore {
  invoiceId: string;
  invoiceNumber: string;
  clientId: string;
  invoiceDate: IsoDate;
  /** Calibrated probability of payment after the due date. */
  pLate: number;
  confidence: Confidence;
  reasons: Reason[];
  modelVersion: string;
}

/**
 * Scores the given invoices (by id, in that order; unknown ids are skipped) at their own invoice
 * dates, using the ledger and audit trail only as known before each date.
 */
export function scoreAtIssue(
  model: ModelVersion,
  history: PaymentHistory,
  invoiceIds: readonly string[],
): IssueScore[] {
  const { ledger, signals } = history;
  const wanted = new Set(invoiceIds);
  const rowById = new Map<string, number>();
  ledger.ids.forEach((id, row) => {
    if (wanted.has(id)) rowById.set(id, row);
  });
  const rows = Int32Array.from(invoiceIds.flatMap((id) => rowById.get(id) ?? []));
  const scored = scoreIssueRows(model, ledger, signals, rows);
  return Array.from(rows, (row, k) => {
    const pLate = scored.pLate[k]!;
    const currency = ledger.currencies[ledger.currency[row]!]!;
    const state = paceState(model.pace, scored.history, k, ledger, row, false);
    const facts = { ledger, history: scored.history, k, row, day: ledger.issued[row]!, currency, state };
    return {
      invoiceId: ledger.ids[row]!,
      invoiceNumber: ledger.numbers[row]!,
      clientId: ledger.clientIds[ledger.client[row]!]!,
      invoiceDate: isoOfDay(ledger.issued[row]!),
      pLate,
      confidence: confidenceOf(pLate, scored.history.settled[k]!),
      reasons: topReasons(model.lateAtIssue, scored.design, k, facts, 1),
      modelVersion: model.versionId,
    };
  });
}
