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
  const current = seq?.current as Doc | undefined;
  const status = str(seq, "status");
  const plans = state.plans ?? state.other?.["payment-plan"] ?? [];
  // Settled items (cancelled promises, resolved disputes, released holds) are history, not state.
  const live = (docs: Doc[] | undefined, closed: string[]) =>
    (docs ?? []).filter((d) => !closed.includes(String(d.status ?? "")));
  const step = seq?.step as Doc | string | undefined;
  const stepText = current
    ? currentText(current, s, (d, ...k) => date(d, ...k))
    : typeof step === "string"
      ? step
      : (str(step, "label", "name", "id") ?? str(seq, "stepLabel", "stepId") ?? sequenceName(seq, status, s));
  const next = (seq?.next ?? seq?.nextStep) as Doc | string | undefined;
  const nextName = typeof next === "string" ? next : stepName(next, s);
  const nextInvoice = str(next as Doc | undefined, "invoiceNumber");
  const nextText =
    nextName && nextInvoice && nextInvoice !== str(current, "invoiceNumber")
      ? s.state.stepLine(nextName, nextInvoice)
      : nextName;
  const nextDate = str(seq, "nextDue", "nextDate") ?? str(next as Doc | undefined, "date", "due", "dueDate");
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
  // `paused` is `true`, a person's pause `{reason, until?}`, or the sequence position's `{invoices, reasons[]}`.
  const pause = seq?.paused as Doc | boolean | undefined;
  const pauseText = !pause
    ? ""
    : typeof pause === "object" && Array.isArray(pause.reasons)
      ? pauseReasons(pause, status === "paused" || num(seq, "invoices") === 0, s, (d, k) => date(d, k))
      : [
          s.state.paused,
          pause === true ? "" : s.state.until(date(pause, "until")),
          pause === true ? "" : str(pause, "reason"),
        ]
          .filter((x) => x && x !== s.state.until(""))
          .join(" · ");
  const inSequence = num(seq, "invoices") ?? 0;
  const countText = current && inSequence > 1 ? s.state.inSequence(inSequence) : "";
  if (stepText || pauseText) lines.sequence = [stepText, countText, pauseText].filter(Boolean).join(" · ");
  if (nextText) {
    const sendAfter = str(next as Doc | undefined, "sendAfter");
    lines.nextStep = [
      nextDate ? s.state.nextOn(nextText, formatDate(nextDate, locale)) : nextText,
      sendAfter ? s.state.sendableFrom(formatDate(sendAfter, locale)) : "",
      (next as Doc | undefined)?.needsApproval === true ? s.state.needsApproval : "",
    ]
      .filter(Boolean)
      .join(" · ");
  } else if (status === "finished") lines.nextStep = s.state.noFurtherSteps;
  else if (status === "blocked") {
    const why = str(seq, "blockedBy") ?? "";
    lines.nextStep = s.state.blocked(s.state.blockedReasons[why] ?? why);
  }
  return lines;
}

/** "+15 firmer reminder" from `{offsetDays, label, stepId}`; the label alone when there is no offset. */
function stepName(d: Doc | undefined, s: Strings): string | undefined {
  const label = str(d, "label", "name");
  const id = str(d, "stepId", "id");
  const offset = num(d, "offsetDays");
  if (!label) return id;
  if (offset === undefined || offset === 0 || label === id) return label;
  return s.state.stepName(offset > 0 ? `+${offset}` : String(offset), label);
}

type DateOf = (d: Doc, ...keys: string[]) => string;

/** The step the client is at: drafted (when), due since its day, or passed by. */
function currentText(current: Doc, s: Strings, date: DateOf): string | undefined {
  const name = stepName(current, s);
  if (!name) return undefined;
  const state = str(current, "state");
  const status =
    state === "drafted"
      ? s.state.drafted(date(current, "draftedOn"))
      : state === "due"
        ? s.state.dueSince(date(current, "stepDate"))
        : state === "missed"
          ? s.state.missed
          : undefined;
  return s.state.stepLine(name, str(current, "invoiceNumber"), status);
}

/** Before any step: the sequence's name, and that it has not started. */
function sequenceName(seq: Doc | undefined, status: string | undefined, s: Strings): string | undefined {
  const name = str(seq?.sequence as Doc | undefined, "name", "id");
  if (!name) return undefined;
  return status === "not-started" ? s.state.notStarted(name) : name;
}

/** "Paused · dispute · hold until Dec 15, 2026" (or "1 invoice paused · …" when others go on). */
function pauseReasons(pause: Doc, all: boolean, s: Strings, date: (d: Doc, key: string) => string): string {
  const reasons = (pause.reasons as unknown[]).flatMap((r) => {
    if (typeof r !== "object" || r === null) return [];
    const d = r as Doc;
    const reason = str(d, "reason") ?? "";
    const until = str(d, "until") ? s.state.until(date(d, "until")) : "";
    const head = [s.state.pauseReasons[reason] ?? reason, until].filter(Boolean).join(" ");
    return [[head, str(d, "note")].filter(Boolean).join(" · ")];
  });
  const lead = all ? s.state.paused : s.state.pausedSome(num(pause, "invoices") ?? 0);
  return [lead, ...reasons].filter(Boolean).join(" · ");
}
