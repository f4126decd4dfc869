/**
 * The standalone preview: sample inbox, reading pane and the real task pane side by side, all
 * driven through `PreviewMailbox` (the same interface office.js sits behind in Outlook). Narrow
 * windows stack the three, and the pane then shows at the window's width (320 px upward).
 */
import { Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import { type ReactNode, useEffect, useState } from "react";
import type { DevRole } from "../../../web-shared/auth/dev-token-provider";
import { useStrings } from "../i18n/strings";
import type { PreviewEmail, PreviewMailbox, PreviewOutput } from "../office/preview-mailbox";
import { ReadingPane } from "./ReadingPane";
import { SampleInbox } from "./SampleInbox";

export type PreviewTheme = "light" | "dark" | "contrast";

const useStyles = makeStyles({
  page: {
    display: "grid",
    gridTemplateColumns: "minmax(220px, 300px) minmax(0, 1fr) minmax(320px, 380px)",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
    "@media (max-width: 900px)": { gridTemplateColumns: "minmax(0, 1fr)" },
  },
  column: { backgroundColor: tokens.colorNeutralBackground1, borderRight: `1px solid ${tokens.colorNeutralStroke2}` },
  settings: { display: "flex", gap: "8px", padding: "10px", flexWrap: "wrap" },
  pane: { minWidth: 0, borderLeft: `1px solid ${tokens.colorNeutralStroke2}` },
});

export interface PreviewPageProps {
  mailbox: PreviewMailbox;
  emails: PreviewEmail[];
  compose: PreviewEmail;
  devRole: DevRole;
  onRole: (role: DevRole) => void;
  theme: PreviewTheme;
  onTheme: (theme: PreviewTheme) => void;
  /** The task pane, already wired to `mailbox`. */
  children: ReactNode;
}

export function PreviewPage(props: PreviewPageProps) {
  const s = useStrings();
  const styles = useStyles();
  const { mailbox } = props;
  const [selectedId, setSelectedId] = useState<string | null>(mailbox.selectedId());
  const [output, setOutput] = useState<PreviewOutput | null>(mailbox.lastOutput());
  useEffect(() => mailbox.onItemChanged(() => setSelectedId(mailbox.selectedId())), [mailbox]);
  useEffect(() => mailbox.onOutput(setOutput), [mailbox]);
  const selected = [...props.emails, props.compose].find((e) => e.id === selectedId) ?? null;

  return (
    <div className={styles.page}>
      <div className={styles.column}>
        <div className={styles.settings}>
          <Field label={s.preview.role} size="small">
            <Select size="small" value={props.devRole} onChange={(_, d) => props.onRole(d.value as DevRole)}>
              {Object.entries(s.preview.roles).map(([id, label]) => (
                <option key={id} value={id}>
                  {label}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={s.preview.theme} size="small">
            <Select size="small" value={props.theme} onChange={(_, d) => props.onTheme(d.value as PreviewTheme)}>
              {Object.entries(s.preview.themes).map(([id, label]) => (
                <option key={id} value={id}>
                  {label}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <SampleInbox
          emails={props.emails}
          compose={props.compose}
          selectedId={selectedId}
          onSelect={(email) => mailbox.select(email)}
        />
      </div>
      <div className={styles.column}>
        <ReadingPane email={selected} output={output} />
      </div>
      <section className={styles.pane} aria-label={s.preview.taskPane}>
        {props.children}
      </section>
    </div>
  );
}
