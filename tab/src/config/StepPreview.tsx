/**
 * "Preview draft" for one sequence step: the firm's template for the step's purpose, channel and
 * tone, rendered for a real client, so an administrator sees the email a step would draft.
 */
import { Button, Field, Select } from "@fluentui/react-components";
import { useState } from "react";
import type { ApiError } from "../../../web-shared/api/http-client";
import type { Draft, TemplateList } from "../api/types";
import { useServices } from "../app/services";
import { useLoad } from "../../../web-shared/react/use-load";
import { ApiErrorBar } from "../common/ApiErrorBar";
import { Loading } from "../common/Loaded";
import { useStrings } from "../i18n/strings";
import type { WorkflowConfig } from "../api/types";
import { DraftPreview } from "./DraftPreview";
import { usePreviewClients } from "./use-preview-clients";

type Step = WorkflowConfig["sequences"][number]["steps"][number];
const DRAFTED = ["email", "sms", "letter"];

export function templateForStep(list: TemplateList, step: Step) {
  const same = list.templates.filter((t) => t.purpose === step.purpose && t.channel === step.channel && !t.replyKind);
  return same.find((t) => t.tone === step.tone) ?? same[0];
}

export function StepPreview(props: { step: Step }) {
  const s = useStrings();
  const { api } = useServices();
  const clients = usePreviewClients(api);
  const [templates] = useLoad(() => api.templates("en"), []);
  const [clientId, setClientId] = useState("");
  const [result, setResult] = useState<{ draft?: Draft; error?: ApiError; busy?: boolean }>({});
  if (!DRAFTED.includes(props.step.channel)) return <p>{s.sequence.noDraftChannel}</p>;
  const chosen = clientId || clients[0]?.id || "";
  const run = async () => {
    if (templates.state !== "ok" || !chosen) return;
    const t = templateForStep(templates.value, props.step);
    if (!t) return;
    setResult({ busy: true });
    const { purpose, channel, tone, language, subject, body } = t;
    const r = await api.previewTemplate({ purpose, channel, tone, language, subject, body }, chosen);
    setResult(r.ok ? { draft: r.value } : { error: r.error });
  };
  return (
    <div>
      <Field label={s.sequence.previewClient}>
        <Select value={chosen} onChange={(_, d) => setClientId(d.value)}>
          {clients.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
      </Field>
      <Button onClick={() => void run()} disabled={templates.state !== "ok" || !chosen}>
        {s.sequence.renderDraft}
      </Button>
      {result.busy ? <Loading /> : null}
      {result.error ? <ApiErrorBar error={result.error} /> : null}
      {result.draft ? <DraftPreview draft={result.draft} /> : null}
    </div>
  );
}
