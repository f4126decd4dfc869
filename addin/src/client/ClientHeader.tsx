/**
 * Who the client is at a glance: name (the pane's main heading), total outstanding, the people who
 * own the relationship and the matters. Renders from the match answer first and fills in owners
 * and matters when the full summary arrives.
 */
import { Caption1, makeStyles, Skeleton, SkeletonItem, tokens } from "@fluentui/react-components";
import type { ClientSummary } from "../api/types";
import { formatMoney } from "../../../web-shared/format/display-format";
import { useLocale, useStrings } from "../i18n/strings";

const useStyles = makeStyles({
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, paddingBottom: "8px" },
  name: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, overflowWrap: "anywhere" },
  total: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  facts: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: "8px", rowGap: "2px", margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: "anywhere" },
  matters: { margin: 0, paddingInlineStart: "18px" },
});

export interface HeaderData {
  name: string;
  clientId: string;
  totalOutstandingMinor: number;
  currency: string;
  method?: string;
}

export function ClientHeader(props: { data: HeaderData; summary: ClientSummary | undefined }) {
  const s = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const { data, summary } = props;
  return (
    <header className={styles.header}>
      <h2 className={styles.name}>{data.name}</h2>
      <Caption1>
        {data.clientId}
        {data.method ? ` · ${s.match.method[data.method] ?? data.method}` : ""}
      </Caption1>
      <dl className={styles.facts}>
        <dt className={styles.term}>{s.client.totalOutstanding}</dt>
        <dd className={`${styles.value} ${styles.total}`}>
          {formatMoney(data.totalOutstandingMinor, data.currency, locale)}
        </dd>
        <dt className={styles.term}>{s.client.billingPartner}</dt>
        <dd className={styles.value}>{summary ? (summary.billingPartner?.displayName ?? s.client.unassigned) : "…"}</dd>
        <dt className={styles.term}>{s.client.collector}</dt>
        <dd className={styles.value}>{summary ? (summary.collector?.displayName ?? s.client.unassigned) : "…"}</dd>
        <dt className={styles.term}>{s.client.matters}</dt>
        <dd className={styles.value}>
          {!summary ? (
            <Skeleton aria-label={s.common.loading}>
              <SkeletonItem size={12} />
            </Skeleton>
          ) : summary.matters.length === 0 ? (
            s.client.noMatters
          ) : (
            summary.matters.map((m) => m.name).join(" · ")
          )}
        </dd>
      </dl>
    </header>
  );
}
