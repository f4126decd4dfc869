/**
 * The weekly inventory review: every account with an open balance, filtered and sorted in the
 * page, 50 to a page, exported as CSV (or Excel-ready CSV) exactly as filtered and sorted.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { useServices } from "../app/services";
import { useLoad } from "../../../web-shared/react/use-load";
import { ApiErrorBar } from "../common/ApiErrorBar";
import { Loaded } from "../common/Loaded";
import { Region } from "../common/Region";
import { useStrings } from "../i18n/strings";
import { inventoryCsv } from "./csv";
import { InventoryFilters } from "./InventoryFilters";
import { InventoryTable } from "./InventoryTable";
import { facets, filterRows, joinModel, NO_FILTERS, type Sort, sortRows } from "./inventory-model";

const PAGE = 50;

const useStyles = makeStyles({
  bar: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

export function InventoryView() {
  const s = useStrings();
  const i = s.inventory;
  const styles = useStyles();
  const { api, download } = useServices();
  const [report, retry] = useLoad(() => api.inventory(), []);
  const [worklist] = useLoad(() => api.worklist(), []);
  const [filters, setFilters] = useState(NO_FILTERS);
  const [sort, setSort] = useState<Sort>({ key: "overdue", dir: "desc" });
  const [page, setPage] = useState(0);
  const model = worklist.state === "ok" ? worklist.value : null;
  const rows = useMemo(() => (report.state === "ok" ? joinModel(report.value.rows, model) : []), [report, model]);
  const shown = useMemo(() => sortRows(filterRows(rows, filters), sort), [rows, filters, sort]);
  const pages = Math.max(1, Math.ceil(shown.length / PAGE));
  const current = Math.min(page, pages - 1);
  const changeFilters = (f: typeof filters) => {
    setFilters(f);
    setPage(0);
  };
  const exportCsv = (excel: boolean) => {
    const day = report.state === "ok" ? report.value.asOf : "today";
    download(
      `nudge-inventory-${day}${excel ? "-excel" : ""}.csv`,
      inventoryCsv(shown, s, { excel }),
      "text/csv;charset=utf-8",
    );
  };
  return (
    <Region title={i.title} aside={report.state === "ok" ? s.common.asOf(report.value.asOf) : undefined}>
      <Loaded value={report} onRetry={retry}>
        {() => (
          <>
            <InventoryFilters filters={filters} facets={facets(rows)} onChange={changeFilters} />
            <div className={styles.bar}>
              <span role="status">{i.rows(shown.length, rows.length)}</span>
              <Button onClick={() => exportCsv(false)}>{i.exportCsv}</Button>
              <Button onClick={() => exportCsv(true)}>{i.exportExcel}</Button>
              <small>{i.exportHint}</small>
            </div>
            {worklist.state === "error" ? (
              worklist.error.kind === "network" ? (
                <ApiErrorBar error={worklist.error} />
              ) : (
                <p>
                  <small>{i.modelMissing}</small>
                </p>
              )
            ) : null}
            {shown.length === 0 ? (
              <p>{i.empty}</p>
            ) : (
              <InventoryTable
                rows={shown.slice(current * PAGE, (current + 1) * PAGE)}
                sort={sort}
                onSort={setSort}
                model={model !== null}
              />
            )}
            {pages > 1 ? (
              <div className={styles.bar}>
                <Button size="small" disabled={current === 0} onClick={() => setPage(current - 1)}>
                  {s.common.previous}
                </Button>
                <span>{s.common.page(current + 1, pages)}</span>
                <Button size="small" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
                  {s.common.next}
                </Button>
              </div>
            ) : null}
          </>
        )}
      </Loaded>
    </Region>
  );
}
