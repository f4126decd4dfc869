/**
 * Editing one template: subject and body with the variables to insert, the strict-variable check as
 * you type (the drafting module's own validator), a live preview for a real client, and saving.
 */
import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { validateTemplate } from "../../../core/drafting/template-engine";
import type { ApiError } from "../../../web-shared/api/http-client";
import type { Draft, TemplateEntry } from "../api/types";
import { useServices } from "../app/services";
import { ApiErrorBar } from "../common/ApiErrorBar";
import { useStrings } from "../i18n/strings";
import { DraftPreview } from "./DraftPreview";
import { usePreviewClients } from "./use-preview-clients";

const useStyles = makeStyles({
  col: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  chips: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

export function TemplateForm(props: {
  entry: TemplateEntry;
  text: { subject: string; body: string };
  variables: Record<string, string>;
  readOnly: boolean;
  onText: (t: { subject: string; body: string }) => void;
  onSaved: (version: number) => void;
}) {
  const s = useStrings();
  const t = s.templatesEditor;
  const styles = useStyles();
  const { api } = useServices();
  const clients = usePreviewClients(api);
  const [clientId, setClientId] = useState("");
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const { entry, text } = props;
  const template = {
    purpose: entry.purpose,
    channel: entry.channel,
    tone: entry.tone,
    language: entry.language,
    // A reply to one reading of the client's email (promise, dispute…) is its own slot.
    ...(entry.replyKind ? { replyKind: entry.replyKind } : {}),
    ...text,
  };
  const check = validateTemplate({ ...template, id: entry.id });
  const chosen = clientId || clients[0]?.id || "";
  const preview = async () => {
    const r = await api.previewTemplate(template, chosen);
    setDraft(r.ok ? r.value : null);
    setError(r.ok ? null : r.error);
  };
  const save = async () => {
    const r = await api.saveTemplate(template);
    setError(r.ok ? null : r.error);
    if (r.ok) props.onSaved(r.value.version);
  };
  return (
    <div className={styles.col}>
      <Field label={t.subject}>
        <Input
          value={text.subject}
          readOnly={props.readOnly}
          onChange={(_, d) => props.onText({ ...text, subject: d.value })}
        />
      </Field>
      <Field label={t.body}>
        <Textarea
          value={text.body}
          rows={12}
          readOnly={props.readOnly}
          onChange={(_, d) => props.onText({ ...text, body: d.value })}
        />
      </Field>
      <section aria-label={t.variables} className={styles.chips}>
        {Object.entries(props.variables).map(([name, meaning]) => (
          <Button
            key={name}
            size="small"
            title={meaning}
            aria-label={t.insert(name)}
            disabled={props.readOnly}
            onClick={() => props.onText({ ...text, body: `${text.body}{{${name}}}` })}
          >
            {`{{${name}}}`}
          </Button>
        ))}
      </section>
      <MessageBar intent={check.ok ? "success" : "error"} layout="multiline" aria-label={t.check}>
        <MessageBarBody>
          <strong>{t.check}: </strong>
          {check.ok
            ? t.checkOk
            : (Array.isArray(check.details) ? (check.details as string[]) : [check.message]).join("; ")}
        </MessageBarBody>
      </MessageBar>
      <div style={{ display: "flex", gap: 8, alignItems: "end", flexWrap: "wrap" }}>
        <Field label={t.client}>
          <Select value={chosen} onChange={(_, d) => setClientId(d.value)}>
            {clients.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        </Field>
        <Button onClick={() => void preview()} disabled={!chosen}>
          {t.preview}
        </Button>
        <Button appearance="primary" onClick={() => void save()} disabled={props.readOnly || !check.ok}>
          {t.save}
        </Button>
        <Button
          onClick={() => props.onText({ subject: entry.builtinSubject, body: entry.builtinBody })}
          disabled={props.readOnly}
        >
          {t.restoreBuiltin}
        </Button>
      </div>
      {error ? <ApiErrorBar error={error} /> : null}
      {draft ? <DraftPreview draft={draft} /> : null}
    </div>
  );
}
