/**
 * The mock inbox: one list item per sample email, each a button named by its subject (the sender
 * and first line describe it), so tests and screen readers find emails the way a user does.
 */
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { useStrings } from "../i18n/strings";
import type { PreviewEmail } from "../office/preview-mailbox";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  item: { display: "block", borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  button: {
    display: "block",
    width: "100%",
    textAlign: "start",
    padding: "8px 10px",
    border: "none",
    background: "transparent",
    color: "inherit",
    font: "inherit",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  selected: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    boxShadow: `inset 3px 0 ${tokens.colorBrandStroke1}`,
  },
  subject: { display: "block", fontWeight: tokens.fontWeightSemibold },
  from: { display: "block", color: tokens.colorNeutralForeground3 },
});

function SampleButton(props: { email: PreviewEmail; selected: boolean; onSelect: () => void }) {
  const styles = useStyles();
  const id = useId();
  const { email } = props;
  return (
    <button
      type="button"
      className={`${styles.button} ${props.selected ? styles.selected : ""}`}
      aria-labelledby={`${id}-subject`}
      aria-describedby={`${id}-from`}
      aria-current={props.selected ? "true" : undefined}
      onClick={props.onSelect}
    >
      <span id={`${id}-subject`} className={styles.subject}>
        {email.subject}
      </span>
      <Caption1 id={`${id}-from`} className={styles.from}>
        {email.from?.name ?? email.from?.email}
      </Caption1>
    </button>
  );
}

export function SampleInbox(props: {
  emails: PreviewEmail[];
  compose: PreviewEmail;
  selectedId: string | null;
  onSelect: (email: PreviewEmail) => void;
}) {
  const s = useStrings();
  const styles = useStyles();
  return (
    <nav aria-label={s.preview.mailbox}>
      <ul className={styles.list}>
        {props.emails.map((email) => (
          <li key={email.id} className={styles.item}>
            <SampleButton
              email={email}
              selected={props.selectedId === email.id}
              onSelect={() => props.onSelect(email)}
            />
          </li>
        ))}
      </ul>
      <div style={{ padding: "10px" }}>
        <Button
          appearance={props.selectedId === props.compose.id ? "primary" : "secondary"}
          onClick={() => props.onSelect(props.compose)}
        >
          {s.preview.compose(props.compose.to?.[0]?.email ?? "")}
        </Button>
      </div>
    </nav>
  );
}
