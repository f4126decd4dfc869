/** Record a promise to pay: amount and date, checked against what the client owes and today. */
import { Field, Input, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import { useServices } from "../../app/services";
import { parseAmountToMinor } from "../../../../web-shared/format/display-format";
import { useStrings } from "../../i18n/strings";
import { ActionForm } from "../ActionForm";
import type { FormProps } from "../form-props";
import { amountError, collectErrors, futureDateError } from "../validate";

export default function PromiseForm(props: FormProps) {
  const s = useStrings();
  const { api, today } = useServices();
  const [amount, setAmount] = useState("");
  const [date, setDate] = useState("");
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<{ amount?: string; date?: string }>({});
  const owed = props.summary?.totalOutstandingMinor;

  function submit() {
    const found = collectErrors({
      amount: amountError(amount, s.forms.errors, props.currency, owed),
      date: futureDateError(date, s.forms.errors, today()),
    });
    setErrors(found);
    if (Object.keys(found).length) return null;
    const amountMinor = parseAmountToMinor(amount, props.currency)!;
    return api.recordPromise(props.clientId, { amountMinor, date, ...(note.trim() ? { note: note.trim() } : {}) });
  }

  return (
    <ActionForm title={s.actions.promise} submit={submit} onClose={props.onClose}>
      <Field
        label={s.forms.amount}
        required
        hint={s.forms.amountHint(props.currency)}
        validationMessage={errors.amount ?? null}
      >
        <Input inputMode="decimal" value={amount} onChange={(_, d) => setAmount(d.value)} />
      </Field>
      <Field label={s.forms.promiseDate} required validationMessage={errors.date ?? null}>
        <Input type="date" min={today()} value={date} onChange={(_, d) => setDate(d.value)} />
      </Field>
      <Field label={s.forms.note}>
        <Textarea value={note} onChange={(_, d) => setNote(d.value)} resize="vertical" />
      </Field>
    </ActionForm>
  );
}
