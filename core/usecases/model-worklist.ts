/**
 * The collector's worklist from the model: accounts ranked by expected cash at risk (balance ×
 * (1 − chance of payment within 30 days)) with the reason and next action. Specialists and partners
 * get their own clients; managers and administrators the whole firm or one collector's list, plus a
 * roll-up per collector (the manager's view across collectors).
 */
import { listVisibleClients, seesWholeFirm } from "../access/access";
import type { Client, IsoDate } from "../domain/types";
import { fail, ok, type Result } from "../errors/codes";
import { toDecimalString } from "../money/money";
import type { Principal } from "../ports/principal";
import type { TenantStore } from "../ports/store.port";
import type { Segment } from "../scoring/segments";
import { UNASSIGNED } from "../scoring/worklist";
import { scoresForDay } from "./model-read";

export interface WorklistEntry {
  clientId: string;
  name: string;
  collectorId: string;
  currency: string;
  balanceMinor: number;
  balance: string;
  overdueBalanceMinor: number;
  p30: number;
  cashAtRiskMinor: number;
  cashAtRisk: string;
  segment: Segment;
  segmentRule: string;
  reason: string;
  nextAction: string;
  escalationDate?: IsoDate;
  escalationRule?: string;
}

export interface CollectorRollup {
  collectorId: string;
  name: string;
  currency: string;
  accounts: number;
  balanceMinor: number;
  cashAtRiskMinor: number;
  /** Accounts whose recommended escalation day has come. */
  escalationsDue: number;
}

export interface Worklist {
  asOf: IsoDate;
  modelVersion: string;
  provisional: boolean;
  items: WorklistEntry[];
  /** Managers and administrators: one line per collector and currency. */
  collectors?: CollectorRollup[];
}

const byRisk = (a: WorklistEntry, b: WorklistEntry) =>
  b.cashAtRiskMinor - a.cashAtRiskMinor || a.clientId.localeCompare(b.clientId) || a.currency.localeCompare(b.currency);

/** Ranked worklist entries for the given clients as of `asOf`. */
export async function worklistEntries(
  store: TenantStore,
  clients: readonly Client[],
  asOf: IsoDate,
): Promise<Result<{ modelVersion: string; provisional: boolean; items: WorklistEntry[] }>> {
  const found = await scoresForDay(store, clients, asOf);
  if (!found.ok) return found;
  const names = new Map(clients.map((c) => [c.id, c.name]));
  const items: WorklistEntry[] = [];
  for (const record of found.value.scores.values()) {
    for (const a of record.accounts) {
      const e = a.escalation;
      items.push({
        clientId: record.clientId,
        name: names.get(record.clientId) ?? record.clientId,
        collectorId: record.collectorId,
        currency: a.currency,
        balanceMinor: a.openBalanceMinor,
        balance: toDecimalString(a.openBalanceMinor, a.currency),
        overdueBalanceMinor: a.overdueBalanceMinor,
        p30: a.p30,
        cashAtRiskMinor: a.cashAtRiskMinor,
        cashAtRisk: toDecimalString(a.cashAtRiskMinor, a.currency),
        segment: a.segment,
        segmentRule: a.segmentRule,
        reason: a.reason,
        nextAction: a.nextAction,
        ...(e?.date !== undefined && e.rule !== "none" ? { escalationDate: e.date, escalationRule: e.detail } : {}),
      });
    }
  }
  const { serving } = found.value;
  return ok({
    modelVersion: serving.record.model.versionId,
    provisional: serving.pointer.provisional,
    items: items.sort(byRisk),
  });
}

function rollup(items: readonly WorklistEntry[], asOf: IsoDate, names: Map<string, string>): CollectorRollup[] {
  const groups = new Map<string, CollectorRollup>();
  for (const i of items) {
    const key = `${i.collectorId}\u0000${i.currency}`;
    const g = groups.get(key) ?? {
      collectorId: i.collectorId,
      name: names.get(i.collectorId) ?? (i.collectorId === UNASSIGNED ? "Unassigned" : i.collectorId),
      currency: i.currency,
      accounts: 0,
      balanceMinor: 0,
      cashAtRiskMinor: 0,
      escalationsDue: 0,
    };
    g.accounts += 1;
    g.balanceMinor += i.balanceMinor;
    g.cashAtRiskMinor += i.cashAtRiskMinor;
    if (i.escalationDate !== undefined && i.escalationDate <= asOf) g.escalationsDue += 1;
    groups.set(key, g);
  }
  return [...groups.values()].sort((a, b) => b.cashAtRiskMinor - a.cashAtRiskMinor || a.name.localeCompare(b.name));
}

/** The worklist the principal may see; `collectorId` narrows it (other collectors: managers only). */
export async function getWorklist(
  store: TenantStore,
  principal: Principal,
  options: { asOf: IsoDate; collectorId?: string },
): Promise<Result<Worklist>> {
  const { asOf, collectorId } = options;
  const firm = seesWholeFirm(principal);
  if (collectorId !== undefined && !firm && collectorId !== principal.userId) {
    return fail("FORBIDDEN", "only managers and administrators see another collector's worklist");
  }
  const visible = await listVisibleClients(store, principal);
  const clients =
    collectorId === undefined ? visible : visible.filter((c) => (c.collectorId ?? UNASSIGNED) === collectorId);
  const entries = await worklistEntries(store, clients, asOf);
  if (!entries.ok) return entries;
  const worklist: Worklist = { asOf, ...entries.value };
  if (firm) {
    const names = new Map((await store.listUsers()).map((u) => [u.id, u.displayName]));
    worklist.collectors = rollup(entries.value.items, asOf, names);
  }
  return ok(worklist);
}
