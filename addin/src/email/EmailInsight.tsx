/**
 * What the open email says, as the classifier read it: the kind (promise, dispute, hardship…),
 * the quoted sentence it relied on, and one click to record it in the client's history (which
 * also pauses reminders until a person follows up).
 */
import { Badge, Button, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { ApiError } from "../../../web-shared/api/http-client";
import type { Classification, Inbound } from "../api/types";
import { useServices } from "../app/services";
import { useLoad } from "../../../web-shared/react/use-load";
import { ApiErrorBar } from "../common/ApiErrorBar";
import { Loading } from "../common/Loading";
import { Section } from "../common/Section";
import { formatPercent } from "../../../web-shared/format/display-format";
import { useLocale, useStrings } from "../i18n/strings";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", gap: "8px", flexWrap: "wrap" },
  quote: {
    margin: 0,
    paddingInlineStart: "8px",
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    fontStyle: "italic",
    overflowWrap: "anywhere",
  },
});

type RecordState =
  | { state: "idle" | "saving" }
  | { state: "done"; paused: boolean }
  | { state: "error"; error: ApiError };

function evidenceOf(c: Classification): string[] {
  if (Array.isArray(c.evidence)) return c.evidence.filter((e) => typeof e === "string" && e.trim());
  return typeof c.evidence === "string" && c.evidence.trim() ? [c.evidence] : [];
}

export function EmailInsight(props: { clientId: string; inbound: Inbound }) {
  const s = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const { api } = useServices();
  const { clientId, inbound } = props;
  const [result, retry] = useLoad(() => api.classify(inbound), [clientId, inbound.from, inbound.subject]);
  const [record, setRecord] = useState<RecordState>({ state: "idle" });

  async function onRecord(classification: Classification) {
    setRecord({ state: "saving" });
    const r = await api.accept({ clientId, classification, inbound });
    setRecord(r.ok ? { state: "done", paused: r.value.paused === true } : { state: "error", error: r.error });
  }

  if (result.state === "loading")
    return (
      <Section title={s.email.title}>
        <Loading label={s.email.classifying} size="tiny" />
      </Section>
    );
  if (result.state === "error")
    return (
      <Section title={s.email.title}>
        <ApiErrorBar error={result.error} onRetry={retry} />
      </Section>
    );
  const c = result.value;
  return (
    <Section title={s.email.title}>
      <div className={styles.row}>
        <Badge appearance="filled" color="informative">
          {s.email.kind[c.kind] ?? c.kind}
        </Badge>
        {typeof c.confidence === "number" ? (
          <span>{s.email.confidence(formatPercent(c.confidence, locale))}</span>
        ) : null}
      </div>
      {evidenceOf(c).map((quote) => (
        <blockquote key={quote} className={styles.quote} aria-label={s.email.evidence}>
          “{quote}”
        </blockquote>
      ))}
      {record.state === "done" ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {s.email.recorded} {record.paused ? s.email.paused : ""}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <div className={styles.row}>
          <Button appearance="secondary" disabled={record.state === "saving"} onClick={() => onRecord(c)}>
            {record.state === "saving" ? s.actions.submitting : s.email.record}
          </Button>
        </div>
      )}
      {record.state === "error" ? <ApiErrorBar error={record.error} /> : null}
    </Section>
  );
}
