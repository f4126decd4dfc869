/**
 * Issue-time attributes of an invoice that shift how long a client takes to pay it. They are known
 * the day the invoice goes out, so they may enter any score made at or after issue.
 */
import { type Ledger, PAPER, PORTAL } from "./ledger";

export { logAmount } from "./log-amount";

/** Names of the pace covariates, in the order of their coefficients. */
export const PACE_COVARIATES = ["paper", "portal", "log_amount", "terms_days"] as const;
export type PaceCovariate = (typeof PACE_COVARIATES)[number];

/** Writes the covariates of invoice `row` into `out[offset..offset+4)`. */
export function paceCovariates(ledger: Ledger, row: number, out: Float64Array, offset = 0): void {
  const flags = ledger.flags[row]!;
  out[offset] = flags & PAPER ? 1 : 0;
  out[offset + 1] = flags & PORTAL ? 1 : 0;
  out[offset + 2] = ledger.logAmount[row]!;
  out[offset + 3] = ledger.due[row]! - ledger.issued[row]!;
}
