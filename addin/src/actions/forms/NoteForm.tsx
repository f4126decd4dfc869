/** Log a call or a note: appended to the client's audit trail as an interaction. */
import { Field, Radio, RadioGroup, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import { useServices } from "../../app/services";
import { useStrings } from "../../i18n/strings";
import { ActionForm } from "../ActionForm";
import type { FormProps } from "../form-props";
import { collectErrors, requiredText } from "../validate";

export default function NoteForm(props: FormProps) {
  const s = useStrings();
  const { api } = useServices();
  const [kind, setKind] = useState<"call" | "note">("call");
  const [summary, setSummary] = useState("");
  const [errors, setErrors] = useState<{ summary?: string }>({});

  function submit() {
    const found = collectErrors({ summary: requiredText(summary, s.forms.errors) });
    setErrors(found);
    if (Object.keys(found).length) return null;
    return api.logInteraction(props.clientId, { kind, summary: summary.trim() });
  }

  return (
    <ActionForm title={s.actions.note} submit={submit} onClose={props.onClose}>
      <Field label={s.forms.kind}>
        <RadioGroup layout="horizontal" value={kind} onChange={(_, d) => setKind(d.value as "call" | "note")}>
          <Radio value="call" label={s.forms.kindCall} />
          <Radio value="note" label={s.forms.kindNote} />
        </RadioGroup>
      </Field>
      <Field label={s.forms.summary} required validationMessage={errors.summary ?? null}>
        <Textarea value={summary} onChange={(_, d) => setSummary(d.value)} resize="vertical" />
      </Field>
    </ActionForm>
  );
}
