/** A rendered draft as the client would receive it: subject, text, and the drafting module's warnings. */
import { makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import type { Draft } from "../api/types";
import { useStrings } from "../i18n/strings";

const useStyles = makeStyles({
  box: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    whiteSpace: "pre-wrap",
    backgroundColor: tokens.colorNeutralBackground2,
    maxHeight: "320px",
    overflowY: "auto",
  },
});

export function DraftPreview(props: { draft: Draft }) {
  const t = useStrings().templatesEditor;
  const styles = useStyles();
  return (
    <section aria-label={t.previewTitle}>
      {props.draft.subject ? (
        <p style={{ margin: 0 }}>
          <strong>{t.subject}:</strong> {props.draft.subject}
        </p>
      ) : null}
      <div className={styles.box}>{props.draft.text}</div>
      {props.draft.warnings.map((w) => (
        <MessageBar key={`${w.code}|${w.message}`} intent={w.severity === "error" ? "error" : "warning"}>
          <MessageBarBody>{w.message}</MessageBarBody>
        </MessageBar>
      ))}
    </section>
  );
}
