/** Escalations: the manager's overview and the pending list, each opening the card's context. */
import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { useState } from "react";
import type { EscalationListRow } from "../api/types";
import { useServices } from "../app/services";
import { useLoad } from "../../../web-shared/react/use-load";
import { Loaded } from "../common/Loaded";
import { Region } from "../common/Region";
import { formatMoney } from "../i18n/format";
import { useLocale, useStrings } from "../i18n/strings";
import { EscalationDetail } from "./EscalationDetail";
import { EscalationOverview } from "./EscalationOverview";

export function EscalationsView() {
  const e = useStrings().escalations;
  const locale = useLocale();
  const { api } = useServices();
  const [overview, retryOverview] = useLoad(() => api.escalationsOverview(), []);
  const [pending, retryPending] = useLoad(() => api.escalations("pending"), []);
  const [open, setOpen] = useState<EscalationListRow | null>(null);
  const currency = pending.state === "ok" ? (pending.value.items[0]?.evidence.currency ?? "USD") : "USD";
  return (
    <>
      <Region title={e.title}>
        <Loaded value={overview} onRetry={retryOverview}>
          {(o) => <EscalationOverview overview={o} currency={currency} />}
        </Loaded>
      </Region>
      <Region title={e.list}>
        <Loaded value={pending} onRetry={retryPending}>
          {(list) =>
            list.items.length === 0 ? (
              <p>{e.none}</p>
            ) : (
              <Table size="small" aria-label={e.list}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{e.client}</TableHeaderCell>
                    <TableHeaderCell>{e.partner}</TableHeaderCell>
                    <TableHeaderCell>{e.amount}</TableHeaderCell>
                    <TableHeaderCell>{e.age}</TableHeaderCell>
                    <TableHeaderCell>{e.reason}</TableHeaderCell>
                    <TableHeaderCell>{e.evidence}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {list.items.map((x) => (
                    <TableRow key={x.id}>
                      <TableCell>{x.clientName}</TableCell>
                      <TableCell>{x.routedToName}</TableCell>
                      <TableCell>
                        {formatMoney(x.evidence.totalOutstandingMinor, x.evidence.currency, locale)}
                      </TableCell>
                      <TableCell>{x.ageDays}</TableCell>
                      <TableCell>{x.reason}</TableCell>
                      <TableCell>
                        <Button size="small" onClick={() => setOpen(x)} aria-label={e.open(x.clientName)}>
                          {e.evidence}
                        </Button>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )
          }
        </Loaded>
      </Region>
      <EscalationDetail escalation={open} onClose={() => setOpen(null)} />
    </>
  );
}
