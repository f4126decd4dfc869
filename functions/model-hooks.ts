/**
 * The payment model as the Teams bot sees it: the score on a client's status and escalation cards,
 * and the riskiest accounts in the managers' weekly digest. Both read the same use cases as the
 * HTTP routes; before the first training they answer null ("not available"), never a made-up figure.
 */
import type { AtRiskSource } from "../bot/digest/digest-figures";
import type { ScoreSource } from "../bot/env";
import { getClientScore } from "../core/usecases/client-score";
import { worklistEntries } from "../core/usecases/model-worklist";

const pct = (p: number) => `${Math.round(100 * p)}%`;

export const modelScores: ScoreSource = async (store, principal, clientId, asOf) => {
  const score = await getClientScore(store, principal, clientId, asOf);
  if (!score.ok || score.value.p30 === null) return null;
  const s = score.value;
  return {
    headline: `${pct(s.p30 ?? 0)} likely to pay within 30 days${s.provisional ? " (provisional model)" : ""}`,
    ...(s.segment ? { segment: s.segment } : {}),
    reasons: s.reasons.map((r) => r.text),
  };
};

export const modelAtRisk: AtRiskSource = async (store, asOf, limit) => {
  const list = await worklistEntries(store, await store.listClients(), asOf);
  if (!list.ok) return null;
  return list.value.items.slice(0, limit).map((i) => ({
    clientId: i.clientId,
    clientName: i.name,
    balanceMinor: i.balanceMinor,
    reason: `${pct(i.p30)} likely to pay within 30 days: ${i.reason}`,
  }));
};
