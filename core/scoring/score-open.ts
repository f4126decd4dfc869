/**
 * Open invoices as of a day: chance of payment within 7, 30 and 60 days, expected days to pay,
 * the late-payment score they had at issue, confidence and reasons.
 */
import type { IsoDate } from "../domain/types";
import { logit } from "./calibration";
import { forEachClientChunk } from "./chunks";
import { type Confidence, confidenceOf } from "./confidence";
import { NEVER, dayOf, isoOfDay } from "./day";
import { computeHistory, historySlice } from "./history";
import { scoreIssueHistory } from "./issue-scoring";
import { DISPUTED, OPEN, REJECTED, WRITTEN_OFF } from "./ledger";
import { probability } from "./linear-model";
import { sigmoid } from "./logistic";
import type { ModelVersion } from "./model-version";
import { REJECTION_KNOWN_AFTER_DAYS, openDesign } from "./open-features";
import type { PaymentHistory } from "./payment-history";
import { type PaceState, paceExpectedDaysToPay, pacePaidWithin } from "./pace-predict";
import { type Reason, topReasons } from "./reasons";
import { Scratch } from "./scratch";

export interface OpenInvoiceScore {
  invoiceId: string;
  invoiceNumber: string;
  clientId: string;
  currency: string;
  balanceMinor: number;
  invoiceDate: IsoDate;
  dueDate: IsoDate;
  ageDays: number;
  /** Negative while not yet due. */
  daysPastDue: number;
  pPaid7: number;
  pPaid30: number;
  pPaid60: number;
  /** From the pace model alone (activity corrections are not applied to it). */
  expectedDaysToPay: number;
  pLateAtIssue: number;
  historyCount: number;
  /** Promises to pay the client broke before the scoring day. */
  promisesBroken: number;
  disputeKnown: boolean;
  confidence: Confidence;
  reasons: Reason[];
  /** For projecting the score forward (escalation timing). */
  pace: PaceState;
  /** Log-odds the activity model adds to the pace model's chance; kept constant when projecting. */
  activityShift: number;
  modelVersion: string;
}

/** Chance of payment within `horizon` days for an invoice unpaid at `ageDays`, with the activity shift. */
export function paidWithin(
  model: Pick<ModelVersion, "pace">,
  score: Pick<OpenInvoiceScore, "pace" | "activityShift">,
  ageDays: number,
  horizon: number,
): number {
  return sigmoid(logit(pacePaidWithin(model.pace, score.pace, ageDays, horizon)) + score.activityShift);
}

/**
 * Scores every invoice open on `asOf`: issued on or before it, not written off, and not paid
 * before it. The balance is the recorded balance while the invoice is open, else its amount.
 * A dispute counts as known when logged before `asOf`, or flagged on a still-open invoice.
 * Results come client by client, each client's invoices by invoice date.
 */
export function scoreOpenInvoices(model: ModelVersion, data: PaymentHistory, asOf: IsoDate): OpenInvoiceScore[] {
  const day = dayOf(asOf);
  const { ledger } = data;
  const chosen: number[] = [];
  for (let r = 0; r < ledger.size; r += 1) {
    const flags = ledger.flags[r]!;
    if (flags & WRITTEN_OFF || ledger.issued[r]! > day) continue;
    if (ledger.paid[r]! === NEVER ? (flags & OPEN) !== 0 : ledger.paid[r]! >= day) chosen.push(r);
  }
  const rows = Int32Array.from(chosen);
  const scratch = new Scratch();
  const dates = new Map<number, string>();
  const iso = (d: number) => {
    let text = dates.get(d);
    if (text === undefined) {
      text = isoOfDay(d);
      dates.set(d, text);
    }
    return text;
  };
  const out: OpenInvoiceScore[] = [];
  forEachClientChunk(ledger, rows, (start, end) =>
    scoreChunk(model, data, rows.subarray(start, end), day, scratch, iso, out),
  );
  return out;
}

function scoreChunk(
  model: ModelVersion,
  { ledger, signals }: PaymentHistory,
  inv: Int32Array,
  day: number,
  scratch: Scratch,
  iso: (day: number) => string,
  out: OpenInvoiceScore[],
): void {
  // One sweep answers both questions: history as of today (rows 0..n-1) and at each invoice's
  // own date (rows n..2n-1), so each client's past is read once.
  const n = inv.length;
  const both = new Int32Array(2 * n);
  both.set(inv);
  both.set(inv, n);
  const days = new Int32Array(2 * n).fill(day, 0, n);
  for (let k = 0; k < n; k += 1) days[n + k] = ledger.issued[inv[k]!]!;
  const swept = computeHistory(ledger, signals, both, days, scratch, "open");
  const history = historySlice(swept, 0, n);
  const t = days.subarray(0, n);
  const disputeKnown = (k: number) => {
    const row = inv[k]!;
    return signals.disputeLogged[row]! < day || (ledger.flags[row]! & (OPEN | DISPUTED)) === (OPEN | DISPUTED);
  };
  const rejectionKnown = (k: number) => {
    const flags = ledger.flags[inv[k]!]!;
    const age = day - ledger.issued[inv[k]!]!;
    return (flags & REJECTED) !== 0 && ((flags & OPEN) !== 0 || age >= REJECTION_KNOWN_AFTER_DAYS);
  };
  const ctx = { pace: model.pace, baseLateRate: model.baseLateRate };
  const open = openDesign(ledger, history, inv, t, ctx, { dispute: disputeKnown, rejection: rejectionKnown }, scratch);
  const atIssue = scoreIssueHistory(model, ledger, historySlice(swept, n, n), inv, scratch);
  for (let k = 0; k < inv.length; k += 1) {
    const row = inv[k]!;
    const age = day - ledger.issued[row]!;
    const p30 = probability(model.paidWithin30, open.design, k);
    const state = open.states[k]!;
    const shift = logit(p30) - logit(open.pacePaid30[k]!);
    const score = { pace: state, activityShift: shift };
    const known = disputeKnown(k);
    const currency = ledger.currencies[ledger.currency[row]!]!;
    const facts = {
      ledger,
      history,
      k,
      row,
      day,
      currency,
      state,
      pacePaid30: open.pacePaid30[k]!,
      disputeKnown: known,
      rejectionKnown: rejectionKnown(k),
    };
    out.push({
      invoiceId: ledger.ids[row]!,
      invoiceNumber: ledger.numbers[row]!,
      clientId: ledger.clientIds[ledger.client[row]!]!,
      currency,
      balanceMinor: ledger.flags[row]! & OPEN ? ledger.balance[row]! : ledger.amount[row]!,
      invoiceDate: iso(ledger.issued[row]!),
      dueDate: iso(ledger.due[row]!),
      ageDays: age,
      daysPastDue: day - ledger.due[row]!,
      pPaid7: paidWithin(model, score, age, 7),
      pPaid30: p30,
      pPaid60: paidWithin(model, score, age, 60),
      expectedDaysToPay: paceExpectedDaysToPay(model.pace, state, age),
      pLateAtIssue: atIssue.pLate[k]!,
      historyCount: history.settled[k]!,
      promisesBroken: history.promisesBroken[k]!,
      disputeKnown: known,
      confidence: confidenceOf(p30, history.settled[k]!),
      reasons: topReasons(model.paidWithin30, open.design, k, facts, -1),
      pace: state,
      activityShift: shift,
      modelVersion: model.versionId,
    });
  }
}
