/**
 * The inventory review's rows as the page works with them: the model's score and segment joined
 * by client, then filtered and sorted in the browser (a firm's whole inventory arrives once, so a
 * filter change is instant and the export is exactly what is on screen).
 */
import type { InventoryReport, Worklist } from "../api/types";

export type InventoryRow = InventoryReport["rows"][number];
export type ViewRow = InventoryRow & { p30: number | null; segment: string | null; modelAction: string | null };

export const UNASSIGNED = "_none";

export interface Filters {
  search: string;
  collectorId: string;
  partnerId: string;
  practiceGroup: string;
  segment: string;
  bucket: string;
  onlyOverdue: boolean;
  withPromises: boolean;
  withDisputes: boolean;
}

export const NO_FILTERS: Filters = {
  search: "",
  collectorId: "",
  partnerId: "",
  practiceGroup: "",
  segment: "",
  bucket: "",
  onlyOverdue: false,
  withPromises: false,
  withDisputes: false,
};

export type SortKey =
  | "name"
  | "collector"
  | "partner"
  | "balance"
  | "overdue"
  | "daysPastDue"
  | "score"
  | "lastTouch"
  | "nextStep"
  | "promises"
  | "disputes";
export interface Sort {
  key: SortKey;
  dir: "asc" | "desc";
}

export function joinModel(rows: InventoryRow[], worklist: Worklist | null): ViewRow[] {
  const byClient = new Map((worklist?.items ?? []).map((i) => [i.clientId, i]));
  return rows.map((r) => {
    const m = byClient.get(r.clientId);
    return {
      ...r,
      p30: typeof m?.p30 === "number" ? m.p30 : null,
      segment: typeof m?.segment === "string" ? m.segment : null,
      modelAction: typeof m?.nextAction === "string" ? m.nextAction : null,
    };
  });
}

const matches = (value: string | null, wanted: string) =>
  !wanted || (wanted === UNASSIGNED ? value === null : value === wanted);

export function filterRows(rows: ViewRow[], f: Filters): ViewRow[] {
  const q = f.search.trim().toLowerCase();
  return rows.filter(
    (r) =>
      (!q || r.name.toLowerCase().includes(q) || r.clientId.toLowerCase() === q) &&
      matches(r.collectorId, f.collectorId) &&
      matches(r.partnerId, f.partnerId) &&
      (!f.practiceGroup || r.practiceGroups.includes(f.practiceGroup)) &&
      matches(r.segment, f.segment) &&
      (!f.bucket || r.bucket === f.bucket) &&
      (!f.onlyOverdue || r.overdueMinor > 0) &&
      (!f.withPromises || r.openPromises > 0) &&
      (!f.withDisputes || r.openDisputes > 0),
  );
}

const KEYS: Record<SortKey, (r: ViewRow) => string | number | null> = {
  name: (r) => r.name.toLowerCase(),
  collector: (r) => r.collectorName?.toLowerCase() ?? null,
  partner: (r) => r.partnerName?.toLowerCase() ?? null,
  balance: (r) => r.balanceMinor,
  overdue: (r) => r.overdueMinor,
  daysPastDue: (r) => r.oldestDaysPastDue,
  score: (r) => r.p30,
  lastTouch: (r) => r.lastTouch?.at ?? null,
  nextStep: (r) => r.nextStep?.date ?? null,
  promises: (r) => r.openPromises,
  disputes: (r) => r.openDisputes,
};

/** Sorts a copy; empty values go last whichever the direction, ties by client id. */
export function sortRows(rows: ViewRow[], sort: Sort): ViewRow[] {
  const key = KEYS[sort.key];
  const sign = sort.dir === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    if (x === null || y === null) return x === y ? (a.clientId < b.clientId ? -1 : 1) : x === null ? 1 : -1;
    if (x !== y) return (x < y ? -1 : 1) * sign;
    return a.clientId < b.clientId ? -1 : 1;
  });
}

export interface Facets {
  collectors: { id: string; name: string }[];
  partners: { id: string; name: string }[];
  practiceGroups: string[];
  segments: string[];
}

export function facets(rows: ViewRow[]): Facets {
  const people = (pick: (r: ViewRow) => [string | null, string | null]) => {
    const m = new Map<string, string>();
    for (const r of rows) {
      const [id, name] = pick(r);
      if (id) m.set(id, name ?? id);
    }
    return [...m].map(([id, name]) => ({ id, name })).sort((a, b) => (a.name < b.name ? -1 : 1));
  };
  return {
    collectors: people((r) => [r.collectorId, r.collectorName]),
    partners: people((r) => [r.partnerId, r.partnerName]),
    practiceGroups: [...new Set(rows.flatMap((r) => r.practiceGroups))].sort(),
    segments: [...new Set(rows.flatMap((r) => (r.segment ? [r.segment] : [])))].sort(),
  };
}
