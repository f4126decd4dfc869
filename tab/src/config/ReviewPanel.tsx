/**
 * The review every workflow save goes through: problems to fix, or the accounts the change would
 * affect (from the server's dry run), a note for the audit trail, and the save itself.
 */
import { Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import { useState } from "react";
import { ApiErrorBar } from "../common/ApiErrorBar";
import { Region } from "../common/Region";
import { useStrings } from "../i18n/strings";
import { ImpactTable } from "./ImpactTable";
import type { WorkflowDraft } from "./use-workflow-draft";

export function ReviewPanel(props: { wf: WorkflowDraft; readOnly: boolean }) {
  const s = useStrings();
  const c = s.config;
  const [note, setNote] = useState("");
  const { wf } = props;
  const next = (wf.base?.version ?? 0) + 1;
  return (
    <Region title={c.reviewTitle} level={3} aside={wf.dirty ? c.unsaved : c.version(wf.base?.version ?? 0)}>
      {wf.saved !== null ? (
        <MessageBar intent="success">
          <MessageBarBody>{c.saved(wf.saved)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {wf.saveError ? <ApiErrorBar error={wf.saveError} /> : null}
      <div style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
        <Button appearance="primary" disabled={!wf.dirty || props.readOnly} onClick={() => void wf.startReview()}>
          {c.review}
        </Button>
        <Button disabled={!wf.dirty} onClick={wf.discard}>
          {c.discard}
        </Button>
      </div>
      {wf.review.state === "checking" ? <Spinner size="tiny" label={c.reviewing} /> : null}
      {wf.review.state === "invalid" ? (
        <>
          {wf.review.error ? <ApiErrorBar error={wf.review.error} /> : null}
          {wf.review.problems.length ? (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{c.invalid}</MessageBarTitle>
                <ul>
                  {wf.review.problems.map((p) => (
                    <li key={`${p.path}|${p.message}`}>{p.path ? `${p.path}: ${p.message}` : p.message}</li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          ) : null}
        </>
      ) : null}
      {wf.review.state === "ready" ? (
        <>
          <p style={{ margin: 0 }}>{c.sectionsChanged(wf.review.result.sections.join(", "))}</p>
          <ImpactTable result={wf.review.result} />
          <Field label={c.note}>
            <Input value={note} onChange={(_, d) => setNote(d.value)} />
          </Field>
          <div>
            <Button appearance="primary" onClick={() => void wf.save(note)}>
              {c.saveVersion(next)}
            </Button>
          </div>
        </>
      ) : null}
    </Region>
  );
}
