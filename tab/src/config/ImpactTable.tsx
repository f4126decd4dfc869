/** The dry run's affected accounts: what changes for each, and its first affected invoice's plan now and after. */
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import type { DryRunAnswer } from "../api/types";
import { formatDate, formatMoney } from "../i18n/format";
import { useLocale, useStrings } from "../i18n/strings";

type Plan = DryRunAnswer["accounts"][number]["example"]["before"];

export function ImpactTable(props: { result: DryRunAnswer }) {
  const s = useStrings();
  const c = s.config;
  const locale = useLocale();
  const r = props.result;
  const plan = (p: Plan) =>
    p.next
      ? `${p.sequenceId} · ${p.next.label} (${s.sequence.channels[p.next.channel] ?? p.next.channel}, ${p.next.tone}) ${formatDate(p.next.date, locale)}`
      : `${p.sequenceId} · ${c.noStep}`;
  if (r.affectedAccounts === 0) return <p>{c.impactNone}</p>;
  return (
    <>
      <p role="status" style={{ margin: 0 }}>
        {c.impactSummary(r.affectedAccounts, r.affectedInvoices, r.invoicesChecked)}
        {r.truncated ? ` ${c.impactTruncated(r.accounts.length)}` : ""}
      </p>
      <div style={{ overflowX: "auto", maxHeight: 360 }}>
        <Table size="small" aria-label={c.impactTitle}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{s.inventory.client}</TableHeaderCell>
              <TableHeaderCell>{s.inventory.balance}</TableHeaderCell>
              <TableHeaderCell>{s.portfolio.invoices}</TableHeaderCell>
              <TableHeaderCell>{c.changed}</TableHeaderCell>
              <TableHeaderCell>{c.planBefore}</TableHeaderCell>
              <TableHeaderCell>{c.planAfter}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {r.accounts.map((a) => (
              <TableRow key={`${a.clientId}|${a.currency}`}>
                <TableCell>{a.name}</TableCell>
                <TableCell>{formatMoney(a.balanceMinor, a.currency, locale)}</TableCell>
                <TableCell>{a.invoices}</TableCell>
                <TableCell>{a.changed.map((k) => c.changedKinds[k] ?? k).join(", ")}</TableCell>
                <TableCell>{plan(a.example.before)}</TableCell>
                <TableCell>{plan(a.example.after)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}
