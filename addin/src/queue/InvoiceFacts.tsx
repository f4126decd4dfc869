/**
 * An item's invoices: numbers with today's open balance from the client's summary (money from
 * minor units), and how many are no longer open since the item was made. Until the summary
 * arrives, or if it cannot be read, the count the API gave.
 */
import { formatMoney } from "../../../web-shared/format/display-format";
import type { ClientSummary } from "../api/types";
import { useLocale, useStrings } from "../i18n/strings";
import { invoicesToday } from "./queue-model";
import { useItemStyles } from "./styles";

export function InvoiceFacts(props: { invoiceIds: readonly string[]; summary: ClientSummary | undefined }) {
  const s = useStrings();
  const locale = useLocale();
  const styles = useItemStyles();
  const { invoiceIds, summary } = props;
  if (invoiceIds.length === 0) return null;
  let value: string;
  if (!summary) value = s.queue.invoiceCount(invoiceIds.length);
  else {
    const { open, closed } = invoicesToday(invoiceIds, summary);
    const lines = open.map((i) => s.queue.invoiceLine(i.number, formatMoney(i.balanceMinor, i.currency, locale)));
    if (closed > 0) lines.push(s.queue.closedInvoices(closed));
    value = lines.join(", ");
  }
  return (
    <>
      <dt className={styles.term}>{s.queue.invoices}</dt>
      <dd className={styles.value}>{value}</dd>
    </>
  );
}
