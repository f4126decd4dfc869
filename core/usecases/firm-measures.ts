/** The headline measures for a period ending on `asOf`, over the invoices a principal may see. */
import { indexReductions } from "../aging/balance";
import { listVisibleClients, seesWholeFirm } from "../access/access";
import { addDays } from "../domain/dates";
import type { IsoDate } from "../domain/types";
import { cei, type DaysToPay, daysToPay, disputeRate, dsoCountback, shareOver } from "../measures/measures";
import type { Principal } from "../ports/principal";
import type { TenantStore } from "../ports/store.port";

export interface FirmMeasures {
  asOf: IsoDate;
  periodStart: IsoDate;
  dsoDays: number | null;
  ceiPercent: number | null;
  daysToPay: DaysToPay;
  shareOver60: number | null;
  shareOver90: number | null;
  disputeRate: number | null;
  method: Record<string, string>;
}

export async function getFirmMeasures(
  store: TenantStore,
  principal: Principal,
  asOf: IsoDate,
  periodDays = 90,
): Promise<FirmMeasures> {
  const [invoices, payments, credits, clients] = await Promise.all([
    store.listInvoices(),
    store.listPayments(),
    store.listCredits(),
    seesWholeFirm(principal) ? Promise.resolve(undefined) : listVisibleClients(store, principal),
  ]);
  const visible = clients ? new Set(clients.map((c) => c.id)) : undefined;
  const mine = visible ? invoices.filter((i) => visible.has(i.clientId)) : invoices;
  const ledger = indexReductions(payments, credits);
  const periodStart = addDays(asOf, -(periodDays - 1));
  return {
    asOf,
    periodStart,
    dsoDays: dsoCountback(mine, asOf, ledger),
    ceiPercent: cei(mine, periodStart, asOf, ledger),
    daysToPay: daysToPay(mine, periodStart, asOf),
    shareOver60: shareOver(mine, asOf, 60, ledger),
    shareOver90: shareOver(mine, asOf, 90, ledger),
    disputeRate: disputeRate(mine, periodStart, asOf),
    method: {
      dso: "countback: AR on asOf covered by prior months' billings, most recent first",
      cei: "(beginning AR + billings − ending AR) / (beginning AR + billings − ending current AR) × 100 over the period",
      daysToPay: "invoices settled in the period: mean days invoice→payment, amount-weighted, and mean days late",
      share: "AR more than 60 / 90 days past due ÷ AR on asOf",
      disputeRate: "disputed ÷ invoices issued in the period",
    },
  };
}
