/**
 * The inventory's paging controls: a navigation landmark with first / previous / next / last page
 * buttons (they stay focusable at either end, so a keyboard user's focus is never dropped), the
 * page and the accounts shown (announced politely when they change), and the page size.
 */
import { Button, Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import { formatNumber } from "../i18n/format";
import { useLocale, useStrings } from "../i18n/strings";
import { PAGE_SIZES, pageRange } from "./inventory-model";

const useStyles = makeStyles({
  nav: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  size: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, marginLeft: "auto" },
});

export function InventoryPager(props: {
  page: number;
  pages: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
}) {
  const s = useStrings();
  const i = s.inventory;
  const locale = useLocale();
  const styles = useStyles();
  const { page, pages } = props;
  const { from, to } = pageRange(page, props.pageSize, props.total);
  const n = (x: number) => formatNumber(x, locale, 0);
  const go = (label: string, target: number, off: boolean) => (
    <Button size="small" disabledFocusable={off} onClick={() => props.onPage(target)}>
      {label}
    </Button>
  );
  return (
    <nav aria-label={i.pages} className={styles.nav}>
      {go(i.firstPage, 1, page <= 1)}
      {go(i.previousPage, page - 1, page <= 1)}
      <span aria-live="polite" aria-atomic="true">
        {s.common.page(page, pages)}
        {" · "}
        {i.range(n(from), n(to), n(props.total))}
      </span>
      {go(i.nextPage, page + 1, page >= pages)}
      {go(i.lastPage, pages, page >= pages)}
      <Field label={i.pageSize} orientation="horizontal" className={styles.size}>
        <Select value={String(props.pageSize)} onChange={(_, d) => props.onPageSize(Number(d.value))}>
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </Select>
      </Field>
    </nav>
  );
}
