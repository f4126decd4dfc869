/**
 * Turns the model's collections plan into one score record per client: per account the chance of
 * payment, cash forecast, segment, next action, reasons and escalation day. Pure: the callers
 * decide whether the records are stored (training, nightly) or only shown (a stale read).
 */
import type { Client, IsoDate } from "../domain/types";
import type { AccountForecast } from "../scoring/accounts";
import type { EscalationRecommendation } from "../scoring/escalation";
import type { ModelVersion } from "../scoring/model-version";
import type { PaymentHistory } from "../scoring/payment-history";
import { planCollections } from "../scoring/plan";
import type { OpenInvoiceScore } from "../scoring/score-open";
import type { SegmentPolicy } from "../scoring/segments";
import { UNASSIGNED, type WorklistItem } from "../scoring/worklist";
import type { AccountScore, ClientScoreRecord } from "./model-store";

export interface ScoreBookInput {
  model: ModelVersion;
  provisional: boolean;
  history: PaymentHistory;
  asOf: IsoDate;
  clients: readonly Client[];
  policy: SegmentPolicy;
  /** The scores stored before: an escalation day already reached is kept (see `keepReachedDay`). */
  previous: ReadonlyMap<string, ClientScoreRecord>;
}

const accountKey = (clientId: string, currency: string) => `${clientId}\u0000${currency}`;

/**
 * Once an account's escalation day has come, later re-scores keep that day while a rule still
 * fires, instead of moving it to each new "today": the workflow engine keys the model's
 * escalation by the day, so a moving day would ask the partner again every morning.
 */
export function keepReachedDay(
  previous: EscalationRecommendation | undefined,
  next: EscalationRecommendation,
  asOf: IsoDate,
): EscalationRecommendation {
  if (next.date === undefined || next.date > asOf) return next;
  if (previous?.date === undefined || previous.date > next.date) return next;
  return previous;
}

function pLateOf(scores: readonly OpenInvoiceScore[]): number {
  const weight = scores.reduce((s, x) => s + Math.max(1, x.balanceMinor), 0);
  return scores.reduce((s, x) => s + Math.max(1, x.balanceMinor) * x.pLateAtIssue, 0) / weight;
}

function toAccountScore(
  account: AccountForecast,
  item: WorklistItem,
  invoices: readonly OpenInvoiceScore[],
  escalation: EscalationRecommendation | undefined,
): AccountScore {
  return {
    currency: account.currency,
    openInvoices: account.openInvoices,
    openBalanceMinor: account.openBalanceMinor,
    overdueBalanceMinor: account.overdueBalanceMinor,
    maxDaysPastDue: account.maxDaysPastDue,
    p30: account.pCollected30,
    pLate: pLateOf(invoices),
    confidence: account.confidence,
    reasons: account.reasons.map((r) => ({ feature: r.feature, text: r.text, weight: r.effect })),
    segment: item.segment,
    segmentRule: item.rule,
    reason: item.reason,
    nextAction: item.nextAction,
    expectedCash7Minor: account.expectedCash7Minor,
    expectedCash30Minor: account.expectedCash30Minor,
    expectedCash60Minor: account.expectedCash60Minor,
    cashAtRiskMinor: account.cashAtRiskMinor,
    ...(escalation ? { escalation } : {}),
  };
}

/**
 * Scores the open book as of `asOf` for the given clients (every client gets a record, with no
 * accounts when nothing is open), largest cash at risk first within each client.
 */
export function scoreBook(input: ScoreBookInput): ClientScoreRecord[] {
  const { model, asOf, clients } = input;
  const collectorOf = new Map(clients.map((c) => [c.id, c.collectorId]));
  const plan = planCollections(model, input.history, asOf, (id) => collectorOf.get(id), input.policy);
  const items = new Map<string, WorklistItem>();
  for (const list of plan.worklists.values()) for (const i of list) items.set(accountKey(i.clientId, i.currency), i);
  const invoices = new Map<string, OpenInvoiceScore[]>();
  for (const s of plan.scores) {
    const key = accountKey(s.clientId, s.currency);
    const list = invoices.get(key);
    if (list) list.push(s);
    else invoices.set(key, [s]);
  }
  const accounts = new Map<string, AccountScore[]>();
  for (const account of plan.accounts) {
    const key = accountKey(account.clientId, account.currency);
    const item = items.get(key)!;
    const before = input.previous
      .get(account.clientId)
      ?.accounts.find((a) => a.currency === account.currency)?.escalation;
    const escalation = item.escalation ? keepReachedDay(before, item.escalation, asOf) : undefined;
    const list = accounts.get(account.clientId) ?? [];
    list.push(toAccountScore(account, item, invoices.get(key) ?? [], escalation));
    accounts.set(account.clientId, list);
  }
  return clients.map((client) => ({
    clientId: client.id,
    asOf,
    modelVersion: model.versionId,
    provisional: input.provisional,
    collectorId: client.collectorId ?? UNASSIGNED,
    accounts: accounts.get(client.id) ?? [],
  }));
}
