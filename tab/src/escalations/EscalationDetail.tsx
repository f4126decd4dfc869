/**
 * The context the partner's Teams card shows for one escalation: the reason, what was asked for,
 * who must decide, the frozen evidence, and the decision once made.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import type { EscalationListRow } from "../api/types";
import { formatInstant, formatMoney } from "../i18n/format";
import { useLocale, useStrings } from "../i18n/strings";

export function EscalationDetail(props: { escalation: EscalationListRow | null; onClose: () => void }) {
  const s = useStrings();
  const e = s.escalations;
  const locale = useLocale();
  const x = props.escalation;
  const ev = x?.evidence;
  const rows: [string, string][] =
    x && ev
      ? [
          [e.reason, x.reason],
          [e.requestedOption, x.requestedOption ? (e.options[x.requestedOption] ?? x.requestedOption) : s.common.dash],
          [e.routedTo, x.routedToName],
          [e.requestedBy, `${x.requestedByName} (${x.source})`],
          [e.age, String(x.ageDays)],
          [e.amount, formatMoney(ev.totalOutstandingMinor, ev.currency, locale)],
          [e.openInvoices, String(ev.openInvoiceCount)],
          [e.oldestDays, String(ev.oldestDaysPastDue)],
          [e.promisesBroken, String(ev.brokenPromises)],
          [e.disputesOpen, String(ev.openDisputes)],
          [e.touchesLogged, String(ev.touches)],
          [e.note, ev.collectorNote || s.common.dash],
          ...(x.decision
            ? ([
                [e.decision, e.options[x.decision.option] ?? x.decision.option],
                [e.decidedBy(x.decision.decidedByName, formatInstant(x.decision.decidedAt, locale)), ""],
              ] as [string, string][])
            : []),
        ]
      : [];
  return (
    <Dialog open={x !== null} onOpenChange={(_, d) => (d.open ? undefined : props.onClose())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{x ? e.detail(x.clientName) : ""}</DialogTitle>
          <DialogContent>
            <h3 style={{ marginTop: 0 }}>{e.evidence}</h3>
            <dl style={{ display: "grid", gridTemplateColumns: "max-content 1fr", gap: "4px 16px", margin: 0 }}>
              {rows.map(([k, v]) => (
                <div key={k} style={{ display: "contents" }}>
                  <dt style={{ fontWeight: 600 }}>{k}</dt>
                  <dd style={{ margin: 0 }}>{v}</dd>
                </div>
              ))}
            </dl>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={props.onClose}>
              {s.common.close}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
