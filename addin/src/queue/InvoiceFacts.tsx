/**
 * An item's invoices as the API lists them: numbers with the balance the draft states
 * (`drafted`), or today's open balance (`today`: tasks, and drafts made before Nudge kept their
 * figures), and which are no longer open today. Money from minor units.
 */
import { formatMoney } from "../../../web-shared/format/display-format";
import type { QueueInvoice } from "../api/types";
import { useLocale, useStrings } from "../i18n/strings";
import { useItemStyles } from "./styles";

export function InvoiceFacts(props: { invoices: readonly QueueInvoice[]; balancesAsOf: "drafted" | "today" }) {
  const s = useStrings();
  const locale = useLocale();
  const styles = useItemStyles();
  const { invoices, balancesAsOf } = props;
  if (invoices.length === 0) return null;
  const money = (i: QueueInvoice) => formatMoney(i.balanceMinor, i.currency || undefined, locale);
  const lines = invoices.map((i) => {
    if (balancesAsOf === "drafted")
      return i.open ? s.queue.invoiceStated(i.number, money(i)) : s.queue.invoiceStatedClosed(i.number, money(i));
    return i.open ? s.queue.invoiceLine(i.number, money(i)) : s.queue.invoiceClosed(i.number);
  });
  return (
    <>
      <dt className={styles.term}>{s.queue.invoices}</dt>
      <dd className={styles.value}>{lines.join(", ")}</dd>
    </>
  );
}
