/** Mark a dispute: one of the firm's reason codes and the invoices it concerns (dunning stops on those). */
import { Checkbox, Field, Select, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import { useServices } from "../../app/services";
import { formatMoney } from "../../../../web-shared/format/display-format";
import { useLocale, useStrings } from "../../i18n/strings";
import { ActionForm } from "../ActionForm";
import type { FormProps } from "../form-props";

/** core/actions/documents.ts DISPUTE_REASONS, in the order a specialist meets them. */
export const REASON_CODES = [
  "fee-dispute",
  "work-quality",
  "ebilling-rejection",
  "not-received",
  "wrong-entity",
  "other",
];

export default function DisputeForm(props: FormProps) {
  const s = useStrings();
  const locale = useLocale();
  const { api } = useServices();
  const [reason, setReason] = useState("");
  const [picked, setPicked] = useState<string[]>([]);
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<{ reason?: string; invoices?: string }>({});
  const invoices = props.summary?.openInvoices ?? [];

  function submit() {
    const found: typeof errors = {};
    if (!reason) found.reason = s.forms.errors.required;
    if (picked.length === 0) found.invoices = s.forms.errors.invoices;
    setErrors(found);
    if (Object.keys(found).length) return null;
    return api.recordDispute(props.clientId, {
      reasonCode: reason,
      invoiceIds: picked,
      ...(note.trim() ? { note: note.trim() } : {}),
    });
  }

  const toggle = (id: string, on: boolean) => setPicked((p) => (on ? [...p, id] : p.filter((x) => x !== id)));
  return (
    <ActionForm title={s.actions.dispute} submit={submit} onClose={props.onClose}>
      <Field label={s.forms.reason} required validationMessage={errors.reason ?? null}>
        <Select value={reason} onChange={(_, d) => setReason(d.value)}>
          <option value="" />
          {REASON_CODES.map((code) => (
            <option key={code} value={code}>
              {s.forms.reasonCodes[code]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={s.forms.invoices} required validationMessage={errors.invoices ?? null}>
        <fieldset aria-label={s.forms.invoices} style={{ border: "none", margin: 0, padding: 0 }}>
          {invoices.map((inv) => (
            <Checkbox
              key={inv.id}
              checked={picked.includes(inv.id)}
              onChange={(_, d) => toggle(inv.id, d.checked === true)}
              label={`${s.client.invoice(inv.number)} · ${formatMoney(inv.balanceMinor, inv.currency, locale)}`}
            />
          ))}
        </fieldset>
      </Field>
      <Field label={s.forms.note}>
        <Textarea value={note} onChange={(_, d) => setNote(d.value)} resize="vertical" />
      </Field>
    </ActionForm>
  );
}
