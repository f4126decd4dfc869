/** Templates: pick a language and a template, edit it with the check and the preview, and restore earlier versions. */
import { Field, makeStyles, MessageBar, MessageBarBody, Select, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { useServices } from "../app/services";
import { useLoad } from "../../../web-shared/react/use-load";
import { Loaded } from "../common/Loaded";
import { useStrings } from "../i18n/strings";
import { TemplateForm } from "./TemplateForm";
import { TemplateVersions } from "./TemplateVersions";

const LANGUAGES = ["en", "es", "fr", "de", "pl"];
const useStyles = makeStyles({ row: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap" } });

export function TemplatesEditor(props: { readOnly: boolean }) {
  const t = useStrings().templatesEditor;
  const styles = useStyles();
  const { api } = useServices();
  const [language, setLanguage] = useState("en");
  const [refresh, setRefresh] = useState(0);
  const [list] = useLoad(() => api.templates(language), [language, refresh]);
  const [id, setId] = useState("");
  // The administrator's edits of one template; none = the template's saved text.
  const [edited, setEdited] = useState<{ id: string; subject: string; body: string } | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const templates = list.state === "ok" ? list.value.templates : [];
  const entry = templates.find((x) => x.id === id) ?? templates[0];
  const text = entry ? (edited?.id === entry.id ? edited : { subject: entry.subject, body: entry.body }) : null;
  const setText = (t: { subject: string; body: string }) => entry && setEdited({ id: entry.id, ...t });
  return (
    <div style={{ display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM }}>
      <div className={styles.row}>
        <Field label={t.language}>
          <Select value={language} onChange={(_, d) => setLanguage(d.value)}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.pick}>
          <Select
            value={entry?.id ?? ""}
            onChange={(_, d) => {
              setId(d.value);
              setSaved(null);
            }}
          >
            {templates.map((x) => (
              <option key={x.id} value={x.id}>
                {`${x.purpose}${x.replyKind ? ` (${x.replyKind})` : ""} · ${x.channel} · ${x.tone}${x.customized ? ` (${t.customized})` : ""}`}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {saved !== null ? (
        <MessageBar intent="success">
          <MessageBarBody>{t.savedVersion(saved)}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Loaded value={list}>
        {(l) =>
          entry && text ? (
            <>
              <TemplateForm
                entry={entry}
                text={text}
                variables={l.variables}
                readOnly={props.readOnly}
                onText={setText}
                onSaved={(v) => {
                  setSaved(v);
                  setId(entry.id);
                  setEdited(null);
                  setRefresh((n) => n + 1);
                }}
              />
              <TemplateVersions
                templateId={entry.id}
                refresh={refresh}
                onRestore={(v) => setText({ subject: v.subject, body: v.body })}
              />
            </>
          ) : null
        }
      </Loaded>
    </div>
  );
}
