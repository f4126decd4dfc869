/**
 * When to escalate an account to the billing partner: the first day on which the chance of
 * payment within 30 days without partner action falls below the firm's threshold, or the day the
 * oldest invoice reaches the policy's day limit, whichever comes first, with the rule that fired.
 * The chance is projected by ageing each invoice under the pace model with today's activity
 * correction held fixed (no new reminders or promises are assumed).
 */
import type { IsoDate } from "../domain/types";
import { dayOf, isoOfDay } from "./day";
import type { ModelVersion } from "./model-version";
import { type OpenInvoiceScore, paidWithin } from "./score-open";
import { DEFAULT_SEGMENT_POLICY, type SegmentPolicy } from "./segments";

export interface EscalationRecommendation {
  /** Recommended escalation day; undefined when neither rule fires within the horizon. */
  date?: IsoDate;
  rule: "probability" | "day-limit" | "none";
  detail: string;
}

/** How far ahead an escalation day is looked for. */
export const ESCALATION_HORIZON_DAYS = 180;

type Scored = Pick<OpenInvoiceScore, "balanceMinor" | "ageDays" | "daysPastDue" | "pace" | "activityShift">;

/** Balance-weighted chance of payment within 30 days, `ahead` days from now, if still unpaid then. */
export function projectedP30(model: Pick<ModelVersion, "pace">, scores: readonly Scored[], ahead: number): number {
  let weight = 0;
  let sum = 0;
  for (const s of scores) {
    const w = Math.max(1, s.balanceMinor);
    weight += w;
    sum += w * paidWithin(model, s, s.ageDays + ahead, 30);
  }
  return weight > 0 ? sum / weight : 1;
}

/** Escalation day for one account's open invoices, as of `asOf`. */
export function recommendEscalation(
  model: Pick<ModelVersion, "pace">,
  scores: readonly Scored[],
  asOf: IsoDate,
  policy: SegmentPolicy = DEFAULT_SEGMENT_POLICY,
  horizonDays = ESCALATION_HORIZON_DAYS,
): EscalationRecommendation {
  if (scores.length === 0) return { rule: "none", detail: "nothing open" };
  const today = dayOf(asOf);
  const oldest = Math.max(...scores.map((s) => s.daysPastDue));
  const limitIn = Math.max(0, policy.partnerAfterDaysPastDue - oldest);
  const scanTo = Math.min(horizonDays, limitIn);
  for (let ahead = 0; ahead <= scanTo; ahead += 1) {
    const p = projectedP30(model, scores, ahead);
    if (p < policy.partnerBelowP30) {
      if (ahead === limitIn) break;
      return {
        date: isoOfDay(today + ahead),
        rule: "probability",
        detail: `chance of payment within 30 days without partner action ${ahead === 0 ? "is" : "falls to"} ${Math.round(100 * p)}%, below ${Math.round(100 * policy.partnerBelowP30)}%`,
      };
    }
  }
  if (limitIn <= horizonDays) {
    return {
      date: isoOfDay(today + limitIn),
      rule: "day-limit",
      detail: `oldest invoice ${limitIn === 0 ? "is" : "will be"} ${oldest + limitIn} days past due: the ${policy.partnerAfterDaysPastDue}-day limit`,
    };
  }
  return { rule: "none", detail: `no rule fires within ${horizonDays} days` };
}
