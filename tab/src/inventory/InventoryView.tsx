/**
 * The weekly inventory review: the accounts with an open balance, one page at a time. The server
 * filters, sorts and pages (`GET /reports/inventory`), and answers the count and the totals of every
 * matching account, so the figures above the table hold while paging. Filters apply once the user
 * pauses; while a page loads the last one stays on screen (marked busy). The server computes the
 * accounts once and keeps them a few minutes: the page sends back the answer's `snapshot`, so paging
 * does not recompute them, and "Recompute now" asks for fresh ones. The export asks for every
 * matching account in the order shown and writes CSV (or Excel-ready CSV) in the page.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { ApiError } from "../../../web-shared/api/http-client";
import { useLoad } from "../../../web-shared/react/use-load";
import type { InventoryAnswer } from "../api/types";
import { useServices } from "../app/services";
import { ApiErrorBar } from "../common/ApiErrorBar";
import { Loaded, Loading } from "../common/Loaded";
import { Region } from "../common/Region";
import { formatInstant, formatMoney } from "../i18n/format";
import { useLocale, useStrings } from "../i18n/strings";
import { inventoryCsv } from "./csv";
import { InventoryFilters } from "./InventoryFilters";
import { InventoryPager } from "./InventoryPager";
import { InventoryTable } from "./InventoryTable";
import { FIRST_QUERY, type Filters, nextSort, type PageQuery, type SortKey, sameFilters } from "./inventory-model";

/** How long the filters wait for the user to pause before asking again. */
export const FILTER_DEBOUNCE_MS = 300;

const useStyles = makeStyles({
  bar: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  totals: { color: tokens.colorNeutralForeground2 },
});

export function InventoryView() {
  const s = useStrings();
  const i = s.inventory;
  const locale = useLocale();
  const styles = useStyles();
  const { api, download } = useServices();
  const [filters, setFilters] = useState<Filters>(FIRST_QUERY.filters);
  const [query, setQuery] = useState<PageQuery>(FIRST_QUERY);
  useEffect(() => {
    const timer = setTimeout(
      () => setQuery((q) => (sameFilters(q.filters, filters) ? q : { ...q, filters, page: 1 })),
      FILTER_DEBOUNCE_MS,
    );
    return () => clearTimeout(timer);
  }, [filters]);
  // Later pages are cut from the accounts the server computed for the first (it keeps them a few minutes).
  const snapshot = useRef<string | undefined>(undefined);
  const [answer, retry] = useLoad(() => api.inventory(query, snapshot.current), [query]);
  // The last page answered stays on screen while the next one loads.
  const [report, setReport] = useState<InventoryAnswer | null>(null);
  if (answer.state === "ok" && answer.value !== report) setReport(answer.value);
  const loading = answer.state === "loading";
  useEffect(() => {
    if (answer.state === "ok") snapshot.current = answer.value.snapshot;
  }, [answer]);
  const recompute = () => {
    snapshot.current = undefined;
    retry();
  };
  // A page past the last (accounts were settled meanwhile) moves to the last page.
  useEffect(() => {
    if (answer.state === "ok" && answer.value.rows.length === 0 && answer.value.page > answer.value.pages)
      setQuery((q) => ({ ...q, page: answer.value.pages }));
  }, [answer]);

  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<ApiError | null>(null);
  const exportCsv = async (excel: boolean) => {
    setExporting(true);
    setExportError(null);
    const every = await api.inventory({ filters, sort: query.sort, all: true }, snapshot.current);
    setExporting(false);
    if (!every.ok) {
      setExportError(every.error);
      return;
    }
    download(
      `nudge-inventory-${every.value.asOf}${excel ? "-excel" : ""}.csv`,
      inventoryCsv(every.value.rows, s, { excel }),
      "text/csv;charset=utf-8",
    );
  };

  if (report === null)
    return (
      <Region title={i.title}>
        <Loaded value={answer} onRetry={retry}>
          {() => null}
        </Loaded>
      </Region>
    );
  return (
    <Region
      title={i.title}
      aside={
        <>
          {s.common.asOf(report.asOf)} · {s.common.computedAt(formatInstant(report.computedAt, locale))}{" "}
          <Button appearance="subtle" size="small" disabled={loading} onClick={recompute}>
            {s.common.refresh}
          </Button>
        </>
      }
    >
      <InventoryFilters filters={filters} facets={report.facets} onChange={setFilters} />
      <div className={styles.bar}>
        <span role="status">{i.rows(report.total, report.accounts)}</span>
        {report.totals.length > 0 ? (
          <span className={styles.totals}>
            {i.totals(
              report.totals.map((t) =>
                i.totalAmount(
                  formatMoney(t.balanceMinor, t.currency, locale),
                  formatMoney(t.overdueMinor, t.currency, locale),
                ),
              ),
            )}
          </span>
        ) : null}
        <Button disabled={exporting} onClick={() => exportCsv(false)}>
          {i.exportCsv}
        </Button>
        <Button disabled={exporting} onClick={() => exportCsv(true)}>
          {i.exportExcel}
        </Button>
        {exporting ? <Loading label={i.exporting} /> : <small>{i.exportHint}</small>}
      </div>
      {exportError ? <ApiErrorBar error={exportError} /> : null}
      {answer.state === "error" ? <ApiErrorBar error={answer.error} onRetry={retry} /> : null}
      {report.model === null ? (
        <p>
          <small>{i.modelMissing}</small>
        </p>
      ) : null}
      {loading ? <Loading label={i.loadingPage} /> : null}
      {report.total === 0 ? (
        <p>{i.empty}</p>
      ) : (
        <>
          <InventoryTable
            rows={report.rows}
            sort={query.sort}
            onSort={(key: SortKey) => setQuery((q) => ({ ...q, sort: nextSort(q.sort, key), page: 1 }))}
            model={report.model !== null}
            busy={loading}
          />
          <InventoryPager
            page={query.page}
            pages={report.pages}
            pageSize={query.pageSize}
            total={report.total}
            onPage={(page) => setQuery((q) => ({ ...q, page: Math.max(1, Math.min(page, report.pages)) }))}
            onPageSize={(pageSize) => setQuery((q) => ({ ...q, pageSize, page: 1 }))}
          />
        </>
      )}
    </Region>
  );
}
