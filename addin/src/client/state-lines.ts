/**
 * Turns the workflow engine's open state into short lines for the pane. The documents belong to
 * another module and may grow fields; only the few the pane shows are read, each optional, so a
 * new field never breaks the view and a missing one just shortens the line.
 */
import type { ClientState } from "../api/types";
import type { Strings } from "../i18n/en";
import { formatDate, formatMoney } from "../../../web-shared/format/display-format";

type Doc = Record<string, unknown>;
const str = (d: Doc | undefined, ...keys: string[]) => {
  for (const k of keys) if (typeof d?.[k] === "string" && d[k]) return d[k] as string;
  return undefined;
};
const num = (d: Doc | undefined, ...keys: string[]) => {
  for (const k of keys) if (typeof d?.[k] === "number") return d[k] as number;
  return undefined;
};
const withStatus = (text: string, d: Doc) => {
  const status = str(d, "status");
  return status ? `${text} (${status})` : text;
};

export interface StateLines {
  sequence?: string;
  nextStep?: string;
  promises: string[];
  disputes: string[];
  plans: string[];
  holds: string[];
  escalations: string[];
}

export function stateLines(state: ClientState, s: Strings, locale: string, currency: string): StateLines {
  const date = (d: Doc, ...keys: string[]) => {
    const v = str(d, ...keys);
    return v ? formatDate(v, locale) : "";
  };
  const seq = (state.sequence ?? state.other?.["sequence-state"]?.[0]) as Doc | undefined;
  const plans = state.plans ?? state.other?.["payment-plan"] ?? [];
  // Settled items (cancelled promises, resolved disputes, released holds) are history, not state.
  const live = (docs: Doc[] | undefined, closed: string[]) =>
    (docs ?? []).filter((d) => !closed.includes(String(d.status ?? "")));
  const step = seq?.step as Doc | string | undefined;
  const stepText =
    typeof step === "string" ? step : (str(step, "label", "name", "id") ?? str(seq, "stepLabel", "stepId"));
  const next = seq?.nextStep as Doc | string | undefined;
  const nextText = typeof next === "string" ? next : str(next, "label", "name", "id");
  const nextDate = str(seq, "nextDue", "nextDate") ?? str(next as Doc | undefined, "due", "date", "dueDate");
  const lines: StateLines = {
    promises: live(state.promises, ["cancelled", "kept"]).map((p) =>
      withStatus(
        s.state.promiseLine(
          formatMoney(num(p, "amountMinor") ?? 0, str(p, "currency") ?? currency, locale),
          date(p, "promisedDate", "date"),
        ),
        p,
      ),
    ),
    disputes: live(state.disputes, ["resolved"]).map((d) => {
      const code = str(d, "reasonCode", "reason") ?? "";
      const count = Array.isArray(d.invoiceIds) ? d.invoiceIds.length : 0;
      return withStatus(`${s.forms.reasonCodes[code] ?? code} · ${s.state.invoiceCount(count)}`, d);
    }),
    plans: live(plans, ["completed", "cancelled", "rejected"]).map((p) => {
      // Progress (installments with their state) once the engine has tracked the plan; else the schedule.
      const progress = (p.progress as Doc | undefined)?.installments;
      const list = Array.isArray(progress) ? progress : Array.isArray(p.installments) ? p.installments : [];
      const installments = list as Doc[];
      const paid = installments.filter((i) => i.state === "paid" || i.paid === true || i.status === "paid").length;
      return withStatus(s.state.planProgress(paid, installments.length), p);
    }),
    holds: live(state.holds, ["released"]).map((h) =>
      [s.state.until(date(h, "until")), str(h, "reason")].filter(Boolean).join(" · "),
    ),
    escalations: live(state.escalations, ["cancelled"]).map((e) => withStatus(str(e, "reason") ?? "", e)),
  };
  // `paused` is `true` or, from the workflow engine, `{reason, until?}`.
  const pause = seq?.paused as Doc | boolean | undefined;
  const pauseText = !pause
    ? ""
    : [
        s.state.paused,
        pause === true ? "" : s.state.until(date(pause, "until")),
        pause === true ? "" : str(pause, "reason"),
      ]
        .filter((x) => x && x !== s.state.until(""))
        .join(" · ");
  if (stepText || pauseText) lines.sequence = [stepText, pauseText].filter(Boolean).join(" · ");
  if (nextText) lines.nextStep = nextDate ? s.state.nextOn(nextText, formatDate(nextDate, locale)) : nextText;
  return lines;
}
