/**
 * Paging, sorting and filtering the inventory review on the server: the page asks for one page of
 * the accounts that match its filters, in its order, with the count and the totals of every match
 * (so the figures above the table do not change from page to page) and the choices its filter
 * lists offer (from every account, so a list never shrinks to the current selection).
 * The query's wire form (`GET /api/reports/inventory?…`) is parsed and written here, so the API and
 * the dashboard cannot disagree on it.
 */
import { DEFAULT_BUCKETS } from "../aging/aging";
import { normalizeInvoiceNumber } from "../domain/keys";
import { fail, ok, type Result } from "../errors/codes";
import type { Invoice } from "../domain/types";
import type { InventoryRow } from "./inventory";

/** An inventory row with the payment model's view of the account joined (all null without a model). */
export type InventoryViewRow = InventoryRow & {
  /** Chance the account pays within 30 days. */
  p30: number | null;
  segment: string | null;
  /** The model's recommended next action. */
  modelAction: string | null;
};

/** Filter value for "no collector / partner / segment". */
export const UNASSIGNED = "_none";

export interface InventoryFilter {
  /** Part of the client's name, the client id, or the whole number of one of the account's open invoices. */
  search: string;
  collectorId: string;
  partnerId: string;
  practiceGroup: string;
  segment: string;
  /** Aging bucket of the account's oldest open invoice. */
  bucket: string;
  onlyOverdue: boolean;
  withPromises: boolean;
  withDisputes: boolean;
}

export const NO_FILTERS: InventoryFilter = {
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

export const SORT_KEYS = [
  "name",
  "collector",
  "partner",
  "balance",
  "overdue",
  "daysPastDue",
  "score",
  "lastTouch",
  "nextStep",
  "promises",
  "disputes",
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface Sort {
  key: SortKey;
  dir: "asc" | "desc";
}
export const DEFAULT_SORT: Sort = { key: "overdue", dir: "desc" };
/** Text columns read A to Z unless asked otherwise; figures largest first. */
export const defaultDir = (key: SortKey): Sort["dir"] =>
  key === "name" || key === "collector" || key === "partner" ? "asc" : "desc";

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;
const MAX_SEARCH = 200;

export interface InventoryQuery {
  filters: InventoryFilter;
  sort: Sort;
  /** 1-based. */
  page: number;
  pageSize: number;
  /** Every matching row in one answer (the page's CSV export); `page` and `pageSize` are then ignored. */
  all: boolean;
}

export const DEFAULT_INVENTORY_QUERY: InventoryQuery = {
  filters: NO_FILTERS,
  sort: DEFAULT_SORT,
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
  all: false,
};

const TEXT_FILTERS = ["collectorId", "partnerId", "practiceGroup", "segment"] as const;
const FLAGS = ["onlyOverdue", "withPromises", "withDisputes"] as const;
const BUCKET_IDS = DEFAULT_BUCKETS.map((b) => b.id);

function wholeNumber(raw: string | null, fallback: number, min: number, max: number): number | undefined {
  const value = raw === null || raw === "" ? fallback : Number(raw);
  return Number.isInteger(value) && value >= min && value <= max ? value : undefined;
}

function flag(raw: string | null): boolean | undefined {
  if (raw === null || raw === "" || raw === "0" || raw === "false") return false;
  if (raw === "1" || raw === "true") return true;
  return undefined;
}

/** Reads the query string (`get` is `URLSearchParams.get`); a value out of range is a VALIDATION failure. */
export function parseInventoryQuery(get: (name: string) => string | null): Result<InventoryQuery> {
  const page = wholeNumber(get("page"), 1, 1, Number.MAX_SAFE_INTEGER);
  if (page === undefined) return fail("VALIDATION", "page must be a whole number from 1");
  const pageSize = wholeNumber(get("pageSize"), DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
  if (pageSize === undefined) return fail("VALIDATION", `pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE}`);
  const all = flag(get("all"));
  if (all === undefined) return fail("VALIDATION", "all must be 1 or 0");
  const rawKey = get("sort") || DEFAULT_SORT.key;
  if (!(SORT_KEYS as readonly string[]).includes(rawKey))
    return fail("VALIDATION", `sort must be one of ${SORT_KEYS.join(", ")}`);
  const key = rawKey as SortKey;
  const rawDir = get("dir") || (get("sort") ? defaultDir(key) : DEFAULT_SORT.dir);
  if (rawDir !== "asc" && rawDir !== "desc") return fail("VALIDATION", "dir must be asc or desc");
  const search = (get("search") ?? "").trim();
  if (search.length > MAX_SEARCH) return fail("VALIDATION", `search must be at most ${MAX_SEARCH} characters`);
  const bucket = get("bucket") ?? "";
  if (bucket && !BUCKET_IDS.includes(bucket))
    return fail("VALIDATION", `bucket must be one of ${BUCKET_IDS.join(", ")}`);
  const filters: InventoryFilter = { ...NO_FILTERS, search, bucket };
  for (const name of TEXT_FILTERS) filters[name] = get(name) ?? "";
  for (const name of FLAGS) {
    const value = flag(get(name));
    if (value === undefined) return fail("VALIDATION", `${name} must be 1 or 0`);
    filters[name] = value;
  }
  return ok({ filters, sort: { key, dir: rawDir }, page, pageSize, all });
}

/** The query string for `query` (defaults left out), as the dashboard sends it. */
export function inventoryQueryParams(query: Partial<InventoryQuery>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  const f = { ...NO_FILTERS, ...query.filters };
  if (f.search.trim()) out.search = f.search.trim();
  for (const name of TEXT_FILTERS) if (f[name]) out[name] = f[name];
  if (f.bucket) out.bucket = f.bucket;
  for (const name of FLAGS) if (f[name]) out[name] = 1;
  if (query.sort) {
    out.sort = query.sort.key;
    out.dir = query.sort.dir;
  }
  if (query.all) out.all = 1;
  else {
    if (query.page !== undefined && query.page !== 1) out.page = query.page;
    if (query.pageSize !== undefined) out.pageSize = query.pageSize;
  }
  return out;
}

/** An account's key: a client with balances in two currencies is two accounts. */
export const accountKey = (row: Pick<InventoryRow, "clientId" | "currency">) => `${row.clientId}\u0000${row.currency}`;

/** The open invoices' numbers of each account (normalized), for the search. */
export function invoiceNumbersByAccount(invoices: readonly Invoice[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const i of invoices) {
    if (i.balanceMinor <= 0) continue;
    const key = accountKey(i);
    const set = out.get(key) ?? new Set<string>();
    set.add(normalizeInvoiceNumber(i.number));
    out.set(key, set);
  }
  return out;
}

const matches = (value: string | null, wanted: string) =>
  !wanted || (wanted === UNASSIGNED ? value === null : value === wanted);

/**
 * The rows that pass every filter. `invoiceNumbers` (by `accountKey`, normalized as in
 * `normalizeInvoiceNumber`) lets the search find an account by one of its open invoices.
 */
export function filterRows(
  rows: readonly InventoryViewRow[],
  f: InventoryFilter,
  invoiceNumbers?: ReadonlyMap<string, ReadonlySet<string>>,
): InventoryViewRow[] {
  const q = f.search.trim().toLowerCase();
  const number = q ? normalizeInvoiceNumber(q) : "";
  const found = (r: InventoryViewRow) =>
    r.name.toLowerCase().includes(q) ||
    r.clientId.toLowerCase() === q ||
    Boolean(invoiceNumbers?.get(accountKey(r))?.has(number));
  return rows.filter(
    (r) =>
      (!q || found(r)) &&
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

const KEYS: Record<SortKey, (r: InventoryViewRow) => string | number | null> = {
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

const byAccount = (a: InventoryViewRow, b: InventoryViewRow) =>
  a.clientId < b.clientId ? -1 : a.clientId > b.clientId ? 1 : a.currency < b.currency ? -1 : 1;

/**
 * Sorts a copy; empty values go last whichever the direction, ties by client id and currency, so
 * the order is total and a row never appears on two pages.
 */
export function sortRows(rows: readonly InventoryViewRow[], sort: Sort): InventoryViewRow[] {
  const key = KEYS[sort.key];
  const sign = sort.dir === "asc" ? 1 : -1;
  const keyed = rows.map((row) => ({ row, k: key(row) }));
  keyed.sort((a, b) => {
    const x = a.k;
    const y = b.k;
    if (x === null || y === null) return x === y ? byAccount(a.row, b.row) : x === null ? 1 : -1;
    if (x !== y) return (x < y ? -1 : 1) * sign;
    return byAccount(a.row, b.row);
  });
  return keyed.map((k) => k.row);
}

export interface InventoryFacets {
  collectors: { id: string; name: string }[];
  partners: { id: string; name: string }[];
  practiceGroups: string[];
  segments: string[];
}

/** The people, practice groups and segments present, for the filter lists. */
export function facets(rows: readonly InventoryViewRow[]): InventoryFacets {
  const people = (pick: (r: InventoryViewRow) => [string | null, string | null]) => {
    const m = new Map<string, string>();
    for (const r of rows) {
      const [id, name] = pick(r);
      if (id) m.set(id, name ?? id);
    }
    return [...m].map(([id, name]) => ({ id, name })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  };
  return {
    collectors: people((r) => [r.collectorId, r.collectorName]),
    partners: people((r) => [r.partnerId, r.partnerName]),
    practiceGroups: [...new Set(rows.flatMap((r) => r.practiceGroups))].sort(),
    segments: [...new Set(rows.flatMap((r) => (r.segment ? [r.segment] : [])))].sort(),
  };
}

/** What the matching accounts owe, one line per currency (minor units never add across currencies). */
export interface InventoryTotal {
  currency: string;
  accounts: number;
  balanceMinor: number;
  overdueMinor: number;
}

export function totals(rows: readonly InventoryViewRow[]): InventoryTotal[] {
  const by = new Map<string, InventoryTotal>();
  for (const r of rows) {
    const t = by.get(r.currency) ?? { currency: r.currency, accounts: 0, balanceMinor: 0, overdueMinor: 0 };
    t.accounts += 1;
    t.balanceMinor += r.balanceMinor;
    t.overdueMinor += r.overdueMinor;
    by.set(r.currency, t);
  }
  return [...by.values()].sort((a, b) => b.balanceMinor - a.balanceMinor || (a.currency < b.currency ? -1 : 1));
}

export interface InventoryPage {
  /** This page's rows (every match with `all`). */
  rows: InventoryViewRow[];
  /** 1-based; a page past the last is empty. */
  page: number;
  pageSize: number;
  pages: number;
  /** Accounts matching the filters. */
  total: number;
  /** Accounts before filtering: every account the caller may see. */
  accounts: number;
  /** Of every matching account, not only this page's. */
  totals: InventoryTotal[];
  sort: Sort;
  facets: InventoryFacets;
}

/** Filters, sorts and cuts one page out of every row the caller may see. */
export function queryInventory(
  rows: readonly InventoryViewRow[],
  query: InventoryQuery,
  invoiceNumbers?: ReadonlyMap<string, ReadonlySet<string>>,
): InventoryPage {
  const matching = filterRows(rows, query.filters, invoiceNumbers);
  const base = {
    total: matching.length,
    accounts: rows.length,
    totals: totals(matching),
    sort: query.sort,
    facets: facets(rows),
  };
  if (query.all) return { rows: sortRows(matching, query.sort), page: 1, pageSize: matching.length, pages: 1, ...base };
  const start = (query.page - 1) * query.pageSize;
  const sorted = start < matching.length ? sortRows(matching, query.sort) : [];
  return {
    rows: sorted.slice(start, start + query.pageSize),
    page: query.page,
    pageSize: query.pageSize,
    pages: Math.max(1, Math.ceil(matching.length / query.pageSize)),
    ...base,
  };
}
