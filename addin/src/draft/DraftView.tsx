/** The "Reply draft" region: subject, body text and any warnings the drafting service raised. */
import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import type { Draft } from "../api/types";
import { Section } from "../common/Section";
import { useStrings } from "../i18n/strings";
import { draftText, warningText } from "./draft-text";

const useStyles = makeStyles({
  subject: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  body: {
    margin: 0,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    padding: "8px",
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    maxHeight: "24em",
    overflowY: "auto",
  },
});

export function DraftView(props: { draft: Draft; title: string }) {
  const s = useStrings();
  const styles = useStyles();
  const warnings = (props.draft.warnings ?? []).map(warningText).filter(Boolean);
  return (
    <Section title={props.title}>
      <p className={styles.subject}>
        {s.draft.subject}: {props.draft.subject}
      </p>
      {/* Focusable so keyboard users can scroll a long draft. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable region must be reachable by keyboard */}
      <pre className={styles.body} tabIndex={0}>
        {draftText(props.draft)}
      </pre>
      {warnings.length ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.draft.warnings}</MessageBarTitle>
            {warnings.join(" · ")}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </Section>
  );
}
