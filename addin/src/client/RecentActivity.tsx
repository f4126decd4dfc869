/** Open invoices and the latest interactions from the client summary: the context for a reply. */
import { Badge, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { ClientSummary } from "../api/types";
import { Section } from "../common/Section";
import { formatDate, formatMoney } from "../../../web-shared/format/display-format";
import { useLocale, useStrings } from "../i18n/strings";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyle: "none", display: "flex", flexDirection: "column", gap: "6px" },
  row: { display: "flex", justifyContent: "space-between", gap: "8px", flexWrap: "wrap" },
  amount: { fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function OpenInvoices(props: { summary: ClientSummary }) {
  const s = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const invoices = props.summary.openInvoices.slice(0, 8);
  if (invoices.length === 0) return null;
  return (
    <Section title={s.client.openInvoices}>
      <ul className={styles.list}>
        {invoices.map((inv) => (
          <li key={inv.id} className={styles.row}>
            <span>
              {s.client.invoice(inv.number)}{" "}
              {inv.disputed ? (
                <Badge size="small" color="warning">
                  {s.client.disputed}
                </Badge>
              ) : null}
              <br />
              <Caption1 className={styles.muted}>{s.client.daysPastDue(inv.daysPastDue)}</Caption1>
            </span>
            <span className={styles.amount}>{formatMoney(inv.balanceMinor, inv.currency, locale)}</span>
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function RecentActivity(props: { summary: ClientSummary }) {
  const s = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const recent = props.summary.recentInteractions.slice(0, 5);
  return (
    <Section title={s.client.recent}>
      {recent.length === 0 ? (
        <Caption1>{s.client.noRecent}</Caption1>
      ) : (
        <ul className={styles.list}>
          {recent.map((i) => (
            <li key={i.id}>
              <Caption1 className={styles.muted}>{formatDate(i.at.slice(0, 10), locale)}</Caption1>
              <br />
              {i.summary}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
