/**
 * The inventory review as the page works with it: the server pages, sorts and filters
 * (core/reports/inventory-query.ts, shared so both ends read the query the same way); the page
 * keeps what the user chose and asks for one page at a time.
 */
import {
  DEFAULT_PAGE_SIZE,
  DEFAULT_SORT,
  defaultDir,
  type InventoryFacets,
  type InventoryFilter,
  type InventoryViewRow,
  NO_FILTERS,
  type Sort,
  type SortKey,
  UNASSIGNED,
} from "../../../core/reports/inventory-query";

export type { Sort, SortKey };
export type ViewRow = InventoryViewRow;
export type Filters = InventoryFilter;
export type Facets = InventoryFacets;
export { DEFAULT_PAGE_SIZE, DEFAULT_SORT, NO_FILTERS, UNASSIGNED };

/** Choices of the "accounts per page" list (the API allows up to 500). */
export const PAGE_SIZES = [25, 50, 100, 200, 500];

/** What the page asks the API for. */
export interface PageQuery {
  filters: Filters;
  sort: Sort;
  page: number;
  pageSize: number;
}

export const FIRST_QUERY: PageQuery = { filters: NO_FILTERS, sort: DEFAULT_SORT, page: 1, pageSize: DEFAULT_PAGE_SIZE };

/** A header click: the sorted column flips; another column starts A to Z (text) or largest first (figures). */
export function nextSort(current: Sort, key: SortKey): Sort {
  if (current.key === key) return { key, dir: current.dir === "asc" ? "desc" : "asc" };
  return { key, dir: defaultDir(key) };
}

export function sameFilters(a: Filters, b: Filters): boolean {
  return (Object.keys(NO_FILTERS) as (keyof Filters)[]).every((k) => a[k] === b[k]);
}

/** The 1-based positions of a page's first and last account. */
export function pageRange(page: number, pageSize: number, total: number): { from: number; to: number } {
  const from = Math.min(total, (page - 1) * pageSize + 1);
  return { from, to: Math.min(total, page * pageSize) };
}
