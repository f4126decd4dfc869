/**
 * Configuration for administrators: payment terms, sequences, templates, guardrails, segment
 * thresholds and delegated authority. Workflow sections share one draft and one review-and-save
 * (validation, the accounts affected, a new version, an audit record); any version can be restored.
 */
import { makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { useServices } from "../app/services";
import { useLoad } from "../../../web-shared/react/use-load";
import { Loaded } from "../common/Loaded";
import { Region } from "../common/Region";
import { useStrings } from "../i18n/strings";
import { AuthorityEditor } from "./AuthorityEditor";
import { GuardrailsEditor } from "./GuardrailsEditor";
import { HistoryPanel } from "./HistoryPanel";
import { ReviewPanel } from "./ReviewPanel";
import { SegmentsEditor } from "./SegmentsEditor";
import { SequencesEditor } from "./SequencesEditor";
import { TemplatesEditor } from "./TemplatesEditor";
import { TermsEditor } from "./TermsEditor";
import { useWorkflowDraft } from "./use-workflow-draft";

const SECTIONS = ["sequences", "terms", "templates", "guardrails", "segments", "authority", "history"] as const;
type Section = (typeof SECTIONS)[number];
const WORKFLOW: Section[] = ["sequences", "terms", "guardrails", "authority", "history"];

const useStyles = makeStyles({ col: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL } });

export function ConfigView() {
  const s = useStrings();
  const c = s.config;
  const styles = useStyles();
  const { api, me } = useServices();
  const readOnly = !me.roles.includes("admin");
  const wf = useWorkflowDraft(api);
  const [people] = useLoad(() => api.users(), []);
  const [section, setSection] = useState<Section>("sequences");
  const draft = wf.draft;
  const body = () => {
    if (section === "templates") return <TemplatesEditor readOnly={readOnly} />;
    if (section === "segments") return <SegmentsEditor readOnly={readOnly} />;
    if (!draft) return null;
    switch (section) {
      case "sequences":
        return <SequencesEditor config={draft} problems={wf.problems} readOnly={readOnly} onChange={wf.setDraft} />;
      case "terms":
        return <TermsEditor config={draft} onChange={wf.setDraft} />;
      case "guardrails":
        return <GuardrailsEditor config={draft} onChange={wf.setDraft} />;
      case "authority":
        return (
          <AuthorityEditor config={draft} people={people.state === "ok" ? people.value : []} onChange={wf.setDraft} />
        );
      case "history":
        return (
          <HistoryPanel
            currentVersion={wf.base?.version ?? 0}
            refresh={wf.base?.version ?? 0}
            onRestore={(loaded) => wf.setDraft(structuredClone(loaded.config))}
          />
        );
    }
  };
  return (
    <Region title={c.title} aside={readOnly ? c.adminOnly : undefined}>
      <TabList selectedValue={section} onTabSelect={(_, d) => setSection(d.value as Section)} aria-label={c.sections}>
        {SECTIONS.map((x) => (
          <Tab key={x} value={x}>
            {c[x]}
          </Tab>
        ))}
      </TabList>
      <Loaded value={wf.loaded}>
        {() => (
          <div className={styles.col}>
            <Region title={c[section]} level={3}>
              {body()}
            </Region>
            {WORKFLOW.includes(section) ? <ReviewPanel wf={wf} readOnly={readOnly} /> : null}
          </div>
        )}
      </Loaded>
    </Region>
  );
}
