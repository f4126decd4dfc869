/**
 * The narrow reads behind the tone rule (`tone.ts`): the client's stored payment score (written by
 * the nightly run and `nudge model train`; never re-scored here), the firm's score thresholds (its
 * segment policy), and the relationship as the ledger and the promises show it. Read only when the
 * rule can use them; nothing here is shown to the client or to the language model.
 */
import { DOC, type PromiseToPay } from "../actions/documents";
import { loadSegmentPolicy } from "../config/segment-policy-store";
import { addDays, daysBetween } from "../domain/dates";
import type { Interaction, Invoice, IsoDate } from "../domain/types";
import type { TenantStore } from "../ports/store.port";
import { type ClientScoreRecord, MODEL_DOC } from "../usecases/model-store";
import {
  MAX_SCORE_AGE_DAYS,
  type RelationshipSignal,
  SLIP_GRACE_DAYS,
  type ScoreSignal,
  type ScoreThresholds,
} from "./tone";

export interface ToneSignals {
  score?: ScoreSignal;
  thresholds: ScoreThresholds;
  relationship: RelationshipSignal;
}

/** The stored score's account in `currency` (else its first), when it is recent enough for `asOf`. */
export function scoreSignal(
  record: ClientScoreRecord | undefined,
  currency: string,
  asOf: IsoDate,
): ScoreSignal | undefined {
  if (!record || record.asOf > asOf || daysBetween(record.asOf, asOf) > MAX_SCORE_AGE_DAYS) return undefined;
  const account = record.accounts.find((a) => a.currency === currency) ?? record.accounts[0];
  if (!account) return undefined;
  return { p30: account.p30, segment: account.segment, confidence: account.confidence, asOf: record.asOf };
}

/**
 * Promises to pay broken up to `asOf`: each promise counted once, whether the engine's audit record
 * (`data.outcome: "broken"`), the promise document, or both say so.
 */
export function countBrokenPromises(promises: PromiseToPay[], records: Interaction[], asOf: IsoDate): number {
  const ids = new Set<string>();
  let unlinked = 0;
  for (const r of records) {
    if (r.kind !== "promise" || r.data?.outcome !== "broken" || r.at.slice(0, 10) > asOf) continue;
    const id = r.data?.promiseId;
    if (typeof id === "string") ids.add(id);
    else unlinked += 1;
  }
  for (const p of promises) if (p.status === "broken" && (p.resolvedAt ?? "").slice(0, 10) <= asOf) ids.add(p.id);
  return ids.size + unlinked;
}

export function relationshipSignal(
  invoices: Invoice[],
  promises: PromiseToPay[],
  records: Interaction[],
  asOf: IsoDate,
): RelationshipSignal {
  const issued = invoices.filter((i) => i.invoiceDate <= asOf);
  const first = issued.reduce<IsoDate | undefined>(
    (d, i) => (d === undefined || i.invoiceDate < d ? i.invoiceDate : d),
    undefined,
  );
  const settled = issued.filter((i) => i.status === "paid" && i.paidDate !== undefined && i.paidDate <= asOf);
  const yearAgo = addDays(asOf, -365);
  const slipped = (i: Invoice) => i.paidDate! > addDays(i.dueDate, SLIP_GRACE_DAYS);
  return {
    tenureDays: first ? daysBetween(first, asOf) : 0,
    settledInvoices: settled.length,
    settledOnTime: settled.filter((i) => !slipped(i)).length,
    lateLastYear: settled.filter((i) => slipped(i) && i.paidDate! > yearAgo).length,
    brokenPromises: countBrokenPromises(promises, records, asOf),
  };
}

export async function loadToneSignals(
  store: TenantStore,
  clientId: string,
  currency: string,
  asOf: IsoDate,
): Promise<ToneSignals> {
  const [score, policy, invoices, promises, records] = await Promise.all([
    store.documents.get<ClientScoreRecord>(MODEL_DOC.score, clientId),
    loadSegmentPolicy(store),
    store.listInvoices({ clientId }),
    store.documents.list<PromiseToPay>(DOC.promise, { clientId }),
    store.listInteractions({ clientId, kinds: ["promise"] }),
  ]);
  const signals: ToneSignals = {
    thresholds: { highP30: policy.policy.nudgeMinP30, lowP30: policy.policy.partnerBelowP30 },
    relationship: relationshipSignal(
      invoices,
      promises.map((p) => p.body),
      records,
      asOf,
    ),
  };
  const s = scoreSignal(score?.body, currency, asOf);
  if (s) signals.score = s;
  return signals;
}
