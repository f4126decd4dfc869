/**
 * The top reasons behind a score: each feature's contribution (weight × standardized value, in
 * log-odds), largest first, with the fact behind it in plain words.
 */
import type { LinearModel } from "./linear-model";
import type { DesignMatrix } from "./logistic";
import { REASON_TEXTS, type ReasonFacts } from "./reason-texts";

export interface Reason {
  feature: string;
  /** Log-odds added to the risk (of late payment, or of no payment within 30 days); signed. */
  effect: number;
  direction: "raises risk" | "lowers risk";
  text: string;
}

/** Month enters as two features (sine and cosine); a collector hears one "time of year". */
const MERGED: Record<string, string> = { month_sin: "season", month_cos: "season" };

/** Effect per feature slot; merged features share the slot of their first member. Reused across calls. */
let effects = new Float64Array(32);

/**
 * The `count` strongest reasons for design row k. `risk` is +1 when a positive contribution means
 * more risk (late-payment model) and -1 when it means less (chance-of-payment model).
 */
export function topReasons(
  model: LinearModel,
  design: DesignMatrix,
  k: number,
  facts: ReasonFacts,
  risk: 1 | -1,
  count = 3,
): Reason[] {
  const n = model.features.length;
  if (effects.length < n) effects = new Float64Array(n);
  effects.fill(0, 0, n);
  const o = k * design.cols;
  let seasonSlot = -1;
  for (let j = 0; j < n; j += 1) {
    if (!model.active[j] || model.weights[j] === 0) continue;
    const value = (risk * model.weights[j]! * (design.x[o + j]! - model.mean[j]!)) / model.scale[j]!;
    if (MERGED[model.features[j]!] !== undefined) {
      if (seasonSlot < 0) seasonSlot = j;
      effects[seasonSlot]! += value;
    } else {
      effects[j] = value;
    }
  }
  const reasons: Reason[] = [];
  let previous = Number.POSITIVE_INFINITY;
  for (let pick = 0; pick < count; pick += 1) {
    let best = -1;
    for (let j = 0; j < n; j += 1) {
      const size = Math.abs(effects[j]!);
      if (size > 1e-6 && size <= previous && (best < 0 || size > Math.abs(effects[best]!))) {
        if (!reasons.some((r) => r.feature === (j === seasonSlot ? "season" : model.features[j]))) best = j;
      }
    }
    if (best < 0) break;
    const feature = best === seasonSlot ? "season" : model.features[best]!;
    const effect = effects[best]!;
    previous = Math.abs(effect);
    reasons.push({
      feature,
      effect,
      direction: effect > 0 ? "raises risk" : "lowers risk",
      text: (REASON_TEXTS[feature] ?? (() => feature))(facts),
    });
  }
  return reasons;
}
