/**
 * The model card's "what drives payment here": the weights of the late-payment model ranked by
 * size, and the pace model's effects in days, in sentences a manager can repeat.
 */
import { FEATURE_LABELS } from "./features";
import type { LinearModel } from "./linear-model";
import type { LeadingIndicator } from "./model-version";
import type { PaceModel } from "./pace";

/** Active features by absolute weight (log-odds per standard deviation), strongest first. */
export function leadingIndicators(model: LinearModel): LeadingIndicator[] {
  return model.features
    .map((feature, j) => ({ feature, label: FEATURE_LABELS[feature] ?? feature, weight: model.weights[j]! }))
    .filter((_, j) => model.active[j] && model.weights[j] !== 0)
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
}

function days(v: number): string {
  return `${Math.abs(v).toFixed(1)} days ${v >= 0 ? "later" : "sooner"}`;
}

/** The pace model's effects as sentences; effects under a tenth of a day are left out. */
export function paceEffects(pace: PaceModel): string[] {
  const [paper, portal, amount, terms] = pace.coefficients as [number, number, number, number];
  const out = [
    `Clients settle in ${pace.typicalDays.toFixed(1)} days at the firm's usual pace; a client's own pace typically differs by ${pace.clientSd.toFixed(1)} days.`,
  ];
  if (Math.abs(paper) >= 0.1)
    out.push(`Paper invoices are paid ${days(paper)} than electronic ones by the same client.`);
  if (Math.abs(portal) >= 0.1) out.push(`Invoices on an e-billing portal are paid ${days(portal)} than emailed ones.`);
  if (Math.abs(amount * Math.LN2) >= 0.1)
    out.push(`Each doubling of the amount makes payment ${days(amount * Math.LN2)}.`);
  if (Math.abs(terms) >= 0.01) out.push(`Each extra day of terms makes payment ${days(terms)}.`);
  if (pace.disputeRate > 0) {
    out.push(
      `A dispute delays payment by ${pace.disputeDays.toFixed(1)} days; ${(100 * pace.disputeRate).toFixed(0)}% of invoices are disputed.`,
    );
  }
  return out;
}
