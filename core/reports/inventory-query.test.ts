import { describe, expect, it } from "vitest";
import {
  DEFAULT_INVENTORY_QUERY,
  type InventoryQuery,
  type InventoryViewRow,
  inventoryQueryParams,
  NO_FILTERS,
  parseInventoryQuery,
  queryInventory,
  sortRows,
  UNASSIGNED,
} from "./inventory-query";

const row = (clientId: string, extra: Partial<InventoryViewRow> = {}): InventoryViewRow => ({
  clientId,
  name: `Client ${clientId}`,
  currency: "USD",
  collectorId: "u-chen",
  collectorName: "Jamie Chen",
  partnerId: "u-pryce",
  partnerName: "Marcus Pryce",
  practiceGroups: ["Tax"],
  balanceMinor: 1000,
  overdueMinor: 0,
  invoiceCount: 1,
  oldestDaysPastDue: 0,
  bucket: "current",
  lastTouch: null,
  openPromises: 0,
  openPromiseMinor: 0,
  brokenPromises: 0,
  openDisputes: 0,
  holdUntil: null,
  nextStep: null,
  p30: null,
  segment: null,
  modelAction: null,
  ...extra,
});

const ROWS = [
  row("A", {
    name: "Acme Legal",
    balanceMinor: 5000,
    overdueMinor: 4000,
    oldestDaysPastDue: 40,
    bucket: "d31_60",
    p30: 0.2,
  }),
  row("B", {
    name: "Bravo Holdings",
    balanceMinor: 3000,
    overdueMinor: 3000,
    oldestDaysPastDue: 95,
    bucket: "d91_120",
  }),
  row("C", { name: "Contoso", collectorId: null, collectorName: null, balanceMinor: 700, p30: 0.9, segment: "nudge" }),
  row("D", { name: "delta partners", currency: "EUR", balanceMinor: 900, overdueMinor: 100, openDisputes: 1 }),
  row("D", {
    name: "delta partners",
    balanceMinor: 100,
    overdueMinor: 100,
    openPromises: 2,
    practiceGroups: ["Corporate"],
  }),
];

const query = (q: Partial<InventoryQuery> = {}, filters: Partial<InventoryQuery["filters"]> = {}): InventoryQuery => ({
  ...DEFAULT_INVENTORY_QUERY,
  ...q,
  filters: { ...NO_FILTERS, ...filters },
});
const ids = (rows: InventoryViewRow[]) =>
  rows.map((r) => `${r.clientId}${r.currency === "USD" ? "" : `/${r.currency}`}`);

describe("parseInventoryQuery", () => {
  const parse = (qs: string) => parseInventoryQuery((n) => new URLSearchParams(qs).get(n));

  it("defaults to the first 50 accounts, largest overdue first, unfiltered", () => {
    expect(parse("")).toEqual({ ok: true, value: DEFAULT_INVENTORY_QUERY });
  });

  it("reads paging, sort and every filter", () => {
    const r = parse(
      "page=3&pageSize=500&sort=name&search=%20acme%20&collectorId=u-chen&partnerId=_none&practiceGroup=Tax&segment=nudge&bucket=d31_60&onlyOverdue=1&withPromises=true&withDisputes=0",
    );
    expect(r).toEqual({
      ok: true,
      value: {
        page: 3,
        pageSize: 500,
        all: false,
        // A text column without a direction reads A to Z.
        sort: { key: "name", dir: "asc" },
        filters: {
          search: "acme",
          collectorId: "u-chen",
          partnerId: UNASSIGNED,
          practiceGroup: "Tax",
          segment: "nudge",
          bucket: "d31_60",
          onlyOverdue: true,
          withPromises: true,
          withDisputes: false,
        },
      },
    });
    expect(parse("sort=score")).toMatchObject({ value: { sort: { key: "score", dir: "desc" } } });
    expect(parse("sort=balance&dir=asc")).toMatchObject({ value: { sort: { key: "balance", dir: "asc" } } });
  });

  it.each([
    ["pageSize=501"],
    ["pageSize=0"],
    ["pageSize=ten"],
    ["page=0"],
    ["page=1.5"],
    ["sort=clientId"],
    ["dir=up"],
    ["bucket=d200"],
    ["onlyOverdue=yes"],
    ["all=2"],
    [`search=${"x".repeat(201)}`],
  ])("refuses %s", (qs) => {
    expect(parse(qs)).toMatchObject({ ok: false, code: "VALIDATION" });
  });

  it("reads back what inventoryQueryParams writes", () => {
    const q = query(
      { page: 4, pageSize: 100, sort: { key: "daysPastDue", dir: "asc" } },
      { search: "Acme", segment: "nudge", withDisputes: true },
    );
    const params = new URLSearchParams(
      Object.entries(inventoryQueryParams(q)).map(([k, v]) => [k, String(v)] as [string, string]),
    );
    expect(parseInventoryQuery((n) => params.get(n))).toEqual({ ok: true, value: q });
    expect(inventoryQueryParams({ ...q, all: true })).not.toHaveProperty("page");
  });
});

describe("queryInventory", () => {
  it("answers one page with the count, totals and filter choices of every matching account", () => {
    const p = queryInventory(ROWS, query({ pageSize: 2 }));
    expect(ids(p.rows)).toEqual(["A", "B"]);
    expect(p).toMatchObject({ page: 1, pageSize: 2, pages: 3, total: 5, accounts: 5 });
    expect(p.totals).toEqual([
      { currency: "USD", accounts: 4, balanceMinor: 8800, overdueMinor: 7100 },
      { currency: "EUR", accounts: 1, balanceMinor: 900, overdueMinor: 100 },
    ]);
    const second = queryInventory(ROWS, query({ pageSize: 2, page: 2 }));
    const third = queryInventory(ROWS, query({ pageSize: 2, page: 3 }));
    // Ties (both D accounts overdue 100) fall by client id, then currency: no row on two pages.
    expect([...ids(second.rows), ...ids(third.rows)]).toEqual(["D/EUR", "D", "C"]);
    expect(second.totals).toEqual(p.totals);
    expect(queryInventory(ROWS, query({ pageSize: 2, page: 9 })).rows).toEqual([]);
  });

  it.each([
    [{ collectorId: "u-chen" }, ["A", "B", "D/EUR", "D"]],
    [{ collectorId: UNASSIGNED }, ["C"]],
    [{ practiceGroup: "Corporate" }, ["D"]],
    [{ bucket: "d91_120" }, ["B"]],
    [{ segment: "nudge" }, ["C"]],
    [{ segment: UNASSIGNED }, ["A", "B", "D/EUR", "D"]],
    [{ onlyOverdue: true }, ["A", "B", "D/EUR", "D"]],
    [{ withPromises: true }, ["D"]],
    [{ withDisputes: true }, ["D/EUR"]],
    [{ search: "DELTA" }, ["D/EUR", "D"]],
    [{ search: "c" }, ["A", "C"]],
  ])("filter %j", (filters, expected) => {
    const p = queryInventory(ROWS, query({}, filters));
    expect(ids(p.rows)).toEqual(expected);
    expect(p.total).toBe(expected.length);
    expect(p.accounts).toBe(5);
    // The filter lists come from every account, not only the matching ones.
    expect(p.facets.practiceGroups).toEqual(["Corporate", "Tax"]);
  });

  it("finds an account by the whole number of one of its open invoices", () => {
    const numbers = new Map([["B\u0000USD", new Set(["4711", "INV-9"])]]);
    expect(ids(queryInventory(ROWS, query({}, { search: "0004711" }), numbers).rows)).toEqual(["B"]);
    expect(ids(queryInventory(ROWS, query({}, { search: "inv-9" }), numbers).rows)).toEqual(["B"]);
    expect(queryInventory(ROWS, query({}, { search: "471" }), numbers).total).toBe(0);
  });

  it("answers every match with all (the export), in order", () => {
    const p = queryInventory(ROWS, query({ all: true, pageSize: 1, page: 3, sort: { key: "name", dir: "asc" } }));
    expect(ids(p.rows)).toEqual(["A", "B", "C", "D/EUR", "D"]);
    expect(p).toMatchObject({ page: 1, pages: 1, pageSize: 5, total: 5 });
  });
});

describe("sortRows", () => {
  it.each([
    [{ key: "score", dir: "desc" }, ["C", "A", "B", "D/EUR", "D"]],
    // Empty scores stay last whichever the direction.
    [{ key: "score", dir: "asc" }, ["A", "C", "B", "D/EUR", "D"]],
    [{ key: "balance", dir: "desc" }, ["A", "B", "D/EUR", "C", "D"]],
    [{ key: "daysPastDue", dir: "desc" }, ["B", "A", "C", "D/EUR", "D"]],
    // Ties always fall by client id and currency, whichever the direction.
    [{ key: "name", dir: "desc" }, ["D/EUR", "D", "C", "B", "A"]],
    [{ key: "collector", dir: "asc" }, ["A", "B", "D/EUR", "D", "C"]],
  ] as const)("%j", (sort, expected) => {
    expect(ids(sortRows(ROWS, sort))).toEqual(expected);
  });
});
