/**
 * How much a collector should lean on a score: high only when the calibrated probability is
 * decisive and rests on enough of the client's own history; low when it is close to a coin toss
 * or the client has barely any settled invoices.
 */

export type Confidence = "high" | "medium" | "low";

export interface ConfidencePolicy {
  /** Settled invoices needed for "high". */
  highHistory: number;
  /** Fewer settled invoices than this is always "low". */
  lowHistory: number;
  /** Distance from 0.5 needed for "high". */
  highMargin: number;
  /** Closer to 0.5 than this is always "low". */
  lowMargin: number;
}

export const DEFAULT_CONFIDENCE: ConfidencePolicy = { highHistory: 10, lowHistory: 3, highMargin: 0.3, lowMargin: 0.1 };

/** Confidence of a calibrated probability `p` backed by `history` settled invoices of the client. */
export function confidenceOf(p: number, history: number, policy: ConfidencePolicy = DEFAULT_CONFIDENCE): Confidence {
  const margin = Math.abs(p - 0.5);
  if (history < policy.lowHistory || margin < policy.lowMargin) return "low";
  if (history >= policy.highHistory && margin >= policy.highMargin) return "high";
  return "medium";
}
