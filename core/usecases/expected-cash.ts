/**
 * The cash the payment model expects in 7, 30 and 60 days over the clients the reader may see: the
 * sum of each account's expected payments (balance × chance of payment by then), per currency, so a
 * manager can put it beside the aging report.
 */
import { listVisibleClients } from "../access/access";
import type { IsoDate } from "../domain/types";
import { ok, type Result } from "../errors/codes";
import { toDecimalString } from "../money/money";
import type { Principal } from "../ports/principal";
import type { TenantStore } from "../ports/store.port";
import { scoresForDay } from "./model-read";

export interface ExpectedCashTotals {
  currency: string;
  d7Minor: number;
  d30Minor: number;
  d60Minor: number;
  d7: string;
  d30: string;
  d60: string;
  accounts: number;
}

export interface ExpectedCashReport extends ExpectedCashTotals {
  asOf: IsoDate;
  modelVersion: string;
  provisional: boolean;
  /** Every currency, the firm's own first; the top-level figures are the first entry's. */
  byCurrency: ExpectedCashTotals[];
}

export async function getExpectedCash(
  store: TenantStore,
  principal: Principal,
  asOf: IsoDate,
): Promise<Result<ExpectedCashReport>> {
  const [clients, tenant] = await Promise.all([listVisibleClients(store, principal), store.getTenant()]);
  const found = await scoresForDay(store, clients, asOf);
  if (!found.ok) return found;
  const home = tenant?.defaultCurrency ?? "USD";
  const sums = new Map<string, { d7: number; d30: number; d60: number; accounts: number }>([
    [home, { d7: 0, d30: 0, d60: 0, accounts: 0 }],
  ]);
  for (const record of found.value.scores.values()) {
    for (const a of record.accounts) {
      const s = sums.get(a.currency) ?? { d7: 0, d30: 0, d60: 0, accounts: 0 };
      s.d7 += a.expectedCash7Minor;
      s.d30 += a.expectedCash30Minor;
      s.d60 += a.expectedCash60Minor;
      s.accounts += 1;
      sums.set(a.currency, s);
    }
  }
  const byCurrency = [...sums].map(([currency, s]) => ({
    currency,
    d7Minor: s.d7,
    d30Minor: s.d30,
    d60Minor: s.d60,
    d7: toDecimalString(s.d7, currency),
    d30: toDecimalString(s.d30, currency),
    d60: toDecimalString(s.d60, currency),
    accounts: s.accounts,
  }));
  const { serving } = found.value;
  return ok({
    asOf,
    modelVersion: serving.record.model.versionId,
    provisional: serving.pointer.provisional,
    ...byCurrency[0]!,
    byCurrency,
  });
}
