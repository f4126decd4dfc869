/**
 * The preview's reading pane: the selected email as text, and below it what the task pane handed
 * to "Outlook" (the reply form it opened, the text it inserted while composing, or a new message). Both are shown
 * as plain text: sample and draft HTML are never injected into the page.
 */
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { htmlToText } from "../draft/draft-text";
import { useStrings } from "../i18n/strings";
import type { PreviewEmail, PreviewOutput } from "../office/preview-mailbox";

const useStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", gap: "12px", padding: "12px", minWidth: 0 },
  subject: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  body: { whiteSpace: "pre-wrap", margin: 0, fontFamily: tokens.fontFamilyBase, overflowWrap: "anywhere" },
  output: {
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: "8px",
  },
});

export function ReadingPane(props: { email: PreviewEmail | null; output: PreviewOutput | null }) {
  const s = useStrings();
  const styles = useStyles();
  const { email, output } = props;
  return (
    <div className={styles.pane}>
      {email ? (
        <article aria-label={email.subject}>
          <div className={styles.subject}>{email.subject}</div>
          <Caption1>
            {email.mode === "read" ? email.from?.email : s.preview.composeHint}
            {email.mode === "compose" ? ` → ${email.to?.[0]?.email ?? ""}` : ""}
          </Caption1>
          {email.body ? <pre className={styles.body}>{email.body}</pre> : null}
        </article>
      ) : (
        <Caption1>{s.app.noItem}</Caption1>
      )}
      <section
        className={styles.output}
        aria-label={
          output?.kind === "compose"
            ? s.preview.composeArea
            : output?.kind === "new-message"
              ? s.preview.newMessageArea
              : s.preview.replyArea
        }
        aria-live="polite"
      >
        {output ? (
          <>
            <div className={styles.subject}>{output.subject}</div>
            {output.to ? <Caption1>{s.preview.newMessageTo(output.to.join(", "))}</Caption1> : null}
            <pre className={styles.body}>{htmlToText(output.html)}</pre>
          </>
        ) : (
          <Caption1>{s.preview.noReply}</Caption1>
        )}
      </section>
    </div>
  );
}
