/**
 * One client's payment score as the task pane, the bot and `GET /api/clients/{id}/score` show it:
 * chance of payment within 30 days, chance of late payment, confidence, the reasons in words,
 * segment and next action, expected cash and the recommended escalation day.
 */
import type { IsoDate } from "../domain/types";
import { ok, type Result } from "../errors/codes";
import { toDecimalString } from "../money/money";
import type { Principal } from "../ports/principal";
import type { TenantStore } from "../ports/store.port";
import { loadVisibleClient } from "../access/access";
import type { Segment } from "../scoring/segments";
import { scoresForDay } from "./model-read";
import type { AccountScore, ClientScoreRecord } from "./model-store";

export interface ExpectedCashView {
  currency: string;
  /** Minor units. */
  d7: number;
  d30: number;
  d60: number;
  /** The same as decimal strings for display. */
  amounts: { d7: string; d30: string; d60: string };
}

export interface AccountScoreView {
  currency: string;
  openInvoices: number;
  openBalanceMinor: number;
  openBalance: string;
  /** Null when nothing is open (there is nothing to predict). */
  p30: number | null;
  pLate: number | null;
  confidence: AccountScore["confidence"] | null;
  reasons: { text: string; weight: number }[];
  segment: Segment | null;
  segmentRule: string;
  nextAction: string;
  cashAtRiskMinor: number;
  expectedCash: ExpectedCashView;
  escalationDate?: IsoDate;
  /** The rule that fired, with its numbers. */
  escalationRule?: string;
  escalationTrigger?: "probability" | "day-limit";
}

export interface ClientScoreView extends AccountScoreView {
  clientId: string;
  asOf: IsoDate;
  modelVersion: string;
  /** The version is in service without having passed the promotion gate (the firm's first model). */
  provisional: boolean;
  /** Accounts in other currencies, when the client has more than one. */
  otherAccounts?: AccountScoreView[];
}

function cash(currency: string, d7: number, d30: number, d60: number): ExpectedCashView {
  const amounts = {
    d7: toDecimalString(d7, currency),
    d30: toDecimalString(d30, currency),
    d60: toDecimalString(d60, currency),
  };
  return { currency, d7, d30, d60, amounts };
}

export function toAccountScoreView(a: AccountScore): AccountScoreView {
  const e = a.escalation;
  return {
    currency: a.currency,
    openInvoices: a.openInvoices,
    openBalanceMinor: a.openBalanceMinor,
    openBalance: toDecimalString(a.openBalanceMinor, a.currency),
    p30: a.p30,
    pLate: a.pLate,
    confidence: a.confidence,
    reasons: a.reasons.map((r) => ({ text: r.text, weight: r.weight })),
    segment: a.segment,
    segmentRule: a.segmentRule,
    nextAction: a.nextAction,
    cashAtRiskMinor: a.cashAtRiskMinor,
    expectedCash: cash(a.currency, a.expectedCash7Minor, a.expectedCash30Minor, a.expectedCash60Minor),
    ...(e?.date !== undefined && e.rule !== "none"
      ? { escalationDate: e.date, escalationRule: e.detail, escalationTrigger: e.rule }
      : {}),
  };
}

function nothingOpen(currency: string): AccountScoreView {
  return {
    currency,
    openInvoices: 0,
    openBalanceMinor: 0,
    openBalance: toDecimalString(0, currency),
    p30: null,
    pLate: null,
    confidence: null,
    reasons: [],
    segment: null,
    segmentRule: "nothing is open",
    nextAction: "Nothing is open: no collection action",
    cashAtRiskMinor: 0,
    expectedCash: cash(currency, 0, 0, 0),
  };
}

export function toClientScoreView(record: ClientScoreRecord, defaultCurrency: string): ClientScoreView {
  const [first, ...others] = record.accounts;
  return {
    clientId: record.clientId,
    asOf: record.asOf,
    modelVersion: record.modelVersion,
    provisional: record.provisional,
    ...(first ? toAccountScoreView(first) : nothingOpen(defaultCurrency)),
    ...(others.length > 0 ? { otherAccounts: others.map(toAccountScoreView) } : {}),
  };
}

/**
 * The score of a client the principal may see (NOT_FOUND otherwise, as for every client read),
 * as of `asOf`; MODEL_MISSING before the firm's first training.
 */
export async function getClientScore(
  store: TenantStore,
  principal: Principal,
  clientId: string,
  asOf: IsoDate,
): Promise<Result<ClientScoreView>> {
  const client = await loadVisibleClient(store, principal, clientId);
  if (!client.ok) return client;
  const found = await scoresForDay(store, [client.value], asOf);
  if (!found.ok) return found;
  const record = found.value.scores.get(clientId)!;
  const tenant = await store.getTenant();
  return ok(toClientScoreView(record, tenant?.defaultCurrency ?? "USD"));
}
