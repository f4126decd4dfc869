/**
 * Propose a payment plan: the undisputed open balance split evenly into monthly installments (the
 * schedule shown is computed by core's money rules, as the server does). A proposal goes to the
 * billing partner, or higher by the authority matrix, for approval; the pane only proposes.
 */
import { Field, Input, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import { addMonths, isIsoDate } from "../../../../core/domain/dates";
import { splitEvenly } from "../../../../core/money/money";
import { useServices } from "../../app/services";
import { formatDate, formatMoney } from "../../../../web-shared/format/display-format";
import { useLocale, useStrings } from "../../i18n/strings";
import { ActionForm } from "../ActionForm";
import type { FormProps } from "../form-props";
import { collectErrors, futureDateError, installmentsError } from "../validate";

export function planSchedule(totalMinor: number, count: number, firstDate: string) {
  return splitEvenly(totalMinor, count).map((amountMinor, i) => ({ date: addMonths(firstDate, i), amountMinor }));
}

export default function PlanForm(props: FormProps) {
  const s = useStrings();
  const locale = useLocale();
  const { api, today } = useServices();
  const [count, setCount] = useState("3");
  const [first, setFirst] = useState("");
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<{ count?: string; first?: string }>({});
  // Disputed invoices stay out of a plan (the server's default too).
  const total = (props.summary?.openInvoices ?? []).filter((i) => !i.disputed).reduce((s, i) => s + i.balanceMinor, 0);
  const valid = !installmentsError(count, s.forms.errors) && isIsoDate(first) && total > 0;
  const schedule = valid ? planSchedule(total, Number(count), first) : [];

  function submit() {
    const found = collectErrors({
      count: installmentsError(count, s.forms.errors),
      first: futureDateError(first, s.forms.errors, today()),
    });
    setErrors(found);
    if (Object.keys(found).length || total <= 0) return null;
    return api.proposePlan(props.clientId, {
      count: Number(count),
      startDate: first,
      ...(note.trim() ? { note: note.trim() } : {}),
    });
  }

  return (
    <ActionForm title={s.actions.plan} submit={submit} onClose={props.onClose} successText={s.actions.planProposed}>
      <Field label={s.forms.installments} required validationMessage={errors.count ?? null}>
        <Input type="number" min={2} max={24} value={count} onChange={(_, d) => setCount(d.value)} />
      </Field>
      <Field label={s.forms.firstDate} required validationMessage={errors.first ?? null}>
        <Input type="date" min={today()} value={first} onChange={(_, d) => setFirst(d.value)} />
      </Field>
      {schedule.length ? (
        <ol aria-label={s.state.plans}>
          {schedule.map((row) => (
            <li key={row.date}>
              {formatDate(row.date, locale)}: {formatMoney(row.amountMinor, props.currency, locale)}
            </li>
          ))}
        </ol>
      ) : null}
      <Field label={s.forms.note}>
        <Textarea value={note} onChange={(_, d) => setNote(d.value)} resize="vertical" />
      </Field>
    </ActionForm>
  );
}
