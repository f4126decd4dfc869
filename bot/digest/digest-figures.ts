/**
 * The weekly digest's figures, as raw numbers, for the 7 days ending `asOf`. Aging and the measures
 * come from the same core use cases as the dashboard, run for a firm-wide reader, so the digest never
 * disagrees with what managers see elsewhere.
 */
import { DEFAULT_BUCKETS } from "../../core/aging/aging";
import { DOC, type Escalation, type PromiseToPay } from "../../core/actions/documents";
import { addDays } from "../../core/domain/dates";
import type { IsoDate } from "../../core/domain/types";
import { formatMoney } from "../../core/money/money";
import type { Principal } from "../../core/ports/principal";
import type { TenantStore } from "../../core/ports/store.port";
import { getAgingReport } from "../../core/usecases/aging-report";
import { getFirmMeasures } from "../../core/usecases/firm-measures";
import { type BaselineReport, baselineReport } from "../../core/workflow/measures/baseline";
import { collectorActivity, promisesDue, writeOffsIn } from "./digest-activity";

export interface AtRiskAccount {
  clientId: string;
  clientName: string;
  balanceMinor: number;
  reason: string;
}

/** The model's riskiest accounts with reasons, or null while no model is available. */
export type AtRiskSource = (store: TenantStore, asOf: IsoDate, limit: number) => Promise<AtRiskAccount[] | null>;

export interface DigestFigures {
  weekStart: IsoDate;
  weekEnd: IsoDate;
  currency: string;
  totalArMinor: number;
  totalArLastWeekMinor: number;
  buckets: { id: string; label: string; nowMinor: number; beforeMinor: number }[];
  dsoDays: number | null;
  dsoLastWeekDays: number | null;
  ceiPercent: number | null;
  atRisk: AtRiskAccount[];
  atRiskSource: "model" | "largest-over-90";
  escalations: { pending: number; decided: number };
  promises: { due: number; kept: number; broken: number };
  collectors: { userId: string; name: string; touches: number; accounts: number }[];
  writeOffs: { count: number; amountMinor: number };
  /** The workflow's before/after-Nudge report (the 180 days before the start date vs since). */
  baseline: BaselineReport | null;
}

export const digestReader = (tenantId: string): Principal => ({
  tenantId,
  userId: "nudge-digest",
  email: "digest@nudge.invalid",
  name: "Nudge weekly digest",
  roles: ["manager"],
});

export async function digestFigures(
  store: TenantStore,
  options: { asOf: IsoDate; today: IsoDate; atRisk?: AtRiskSource },
): Promise<DigestFigures> {
  const { asOf, today } = options;
  const reader = digestReader(store.tenantId);
  const weekStart = addDays(asOf, -6);
  const lastWeek = addDays(asOf, -7);
  const [
    tenant,
    now,
    before,
    measures,
    measuresBefore,
    escalations,
    promiseDocs,
    interactions,
    users,
    credits,
    invoices,
  ] = await Promise.all([
    store.getTenant(),
    getAgingReport(store, reader, { asOf, today, by: "client" }),
    getAgingReport(store, reader, { asOf: lastWeek, today, by: "client" }),
    getFirmMeasures(store, reader, asOf),
    getFirmMeasures(store, reader, lastWeek),
    store.documents.list<Escalation>(DOC.escalation),
    store.documents.list<PromiseToPay>(DOC.promise),
    store.listInteractions(),
    store.listUsers(),
    store.listCredits(),
    store.listInvoices(),
  ]);
  const currency = now.totals[0]?.currency ?? tenant?.defaultCurrency ?? "USD";
  const modelRisk = options.atRisk ? await options.atRisk(store, asOf, 5) : null;
  const over90 = (b: Record<string, number>) => (b.d91_120 ?? 0) + (b.d120_plus ?? 0);
  const largest = now.rows
    .filter((r) => over90(r.buckets) > 0)
    .sort((a, b) => over90(b.buckets) - over90(a.buckets) || a.key.localeCompare(b.key))
    .slice(0, 5)
    .map((r) => ({
      clientId: r.key,
      clientName: r.label,
      balanceMinor: r.totalMinor,
      reason: `${formatMoney(over90(r.buckets), r.currency)} more than 90 days past due`,
    }));
  const start = tenant?.nudgeStartDate;
  return {
    weekStart,
    weekEnd: asOf,
    currency,
    totalArMinor: now.grandTotalMinor,
    totalArLastWeekMinor: before.grandTotalMinor,
    buckets: DEFAULT_BUCKETS.map((b) => ({
      id: b.id,
      label: b.label,
      nowMinor: now.totals[0]?.buckets[b.id] ?? 0,
      beforeMinor: before.totals[0]?.buckets[b.id] ?? 0,
    })),
    dsoDays: measures.dsoDays,
    dsoLastWeekDays: measuresBefore.dsoDays,
    ceiPercent: measures.ceiPercent,
    atRisk: modelRisk ?? largest,
    atRiskSource: modelRisk ? "model" : "largest-over-90",
    escalations: {
      pending: escalations.filter((e) => e.body.status === "pending").length,
      decided: escalations.filter((e) => {
        const day = e.body.decision?.decidedAt.slice(0, 10);
        return day !== undefined && day >= weekStart && day <= asOf;
      }).length,
    },
    promises: promisesDue(interactions, promiseDocs, weekStart, asOf),
    collectors: collectorActivity(interactions, users, weekStart, asOf),
    writeOffs: writeOffsIn(credits, weekStart, asOf),
    baseline: start && start <= asOf ? baselineReport(invoices, interactions, start, asOf) : null,
  };
}
