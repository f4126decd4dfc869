/** Pause reminders until a date (e.g. the client's AP is closed for an audit); the hold is audited. */
import { Field, Input, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import { useServices } from "../../app/services";
import { useStrings } from "../../i18n/strings";
import { ActionForm } from "../ActionForm";
import type { FormProps } from "../form-props";
import { collectErrors, futureDateError, requiredText } from "../validate";

export default function HoldForm(props: FormProps) {
  const s = useStrings();
  const { api, today } = useServices();
  const [until, setUntil] = useState("");
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<{ until?: string; reason?: string }>({});

  function submit() {
    const found = collectErrors({
      until: futureDateError(until, s.forms.errors, today()),
      reason: requiredText(reason, s.forms.errors, 500),
    });
    setErrors(found);
    if (Object.keys(found).length) return null;
    return api.pauseReminders(props.clientId, { until, reason: reason.trim() });
  }

  return (
    <ActionForm title={s.actions.hold} submit={submit} onClose={props.onClose}>
      <Field label={s.forms.until} required validationMessage={errors.until ?? null}>
        <Input type="date" min={today()} value={until} onChange={(_, d) => setUntil(d.value)} />
      </Field>
      <Field label={s.forms.holdReason} required validationMessage={errors.reason ?? null}>
        <Textarea value={reason} onChange={(_, d) => setReason(d.value)} resize="vertical" />
      </Field>
    </ActionForm>
  );
}
