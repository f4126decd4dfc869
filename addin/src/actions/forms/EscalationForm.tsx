/** Request partner escalation: the partner decides from a Teams card; the pane states why and what. */
import { Field, Select, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import { useServices } from "../../app/services";
import { useStrings } from "../../i18n/strings";
import { ActionForm } from "../ActionForm";
import type { FormProps } from "../form-props";
import { collectErrors, requiredText } from "../validate";

/** The options a partner can decide on (core/actions/documents.ts ESCALATION_OPTIONS). */
const OPTIONS = ["partner-call", "partner-letter", "payment-plan", "committee", "suspend-work", "write-off"];

export default function EscalationForm(props: FormProps) {
  const s = useStrings();
  const { api } = useServices();
  const [reason, setReason] = useState("");
  const [option, setOption] = useState("");
  const [errors, setErrors] = useState<{ reason?: string }>({});

  function submit() {
    const found = collectErrors({ reason: requiredText(reason, s.forms.errors, 1000) });
    setErrors(found);
    if (Object.keys(found).length) return null;
    return api.requestEscalation({
      clientId: props.clientId,
      reason: reason.trim(),
      ...(option ? { requestedOption: option } : {}),
    });
  }

  return (
    <ActionForm
      title={s.actions.escalation}
      submit={submit}
      onClose={props.onClose}
      successText={s.actions.escalationSent}
    >
      <Field label={s.forms.escalationReason} required validationMessage={errors.reason ?? null}>
        <Textarea value={reason} onChange={(_, d) => setReason(d.value)} resize="vertical" />
      </Field>
      <Field label={s.forms.option}>
        <Select value={option} onChange={(_, d) => setOption(d.value)}>
          <option value="" />
          {OPTIONS.map((o) => (
            <option key={o} value={o}>
              {s.forms.options[o]}
            </option>
          ))}
        </Select>
      </Field>
    </ActionForm>
  );
}
