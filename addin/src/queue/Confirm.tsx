/**
 * Asks before an action that cannot be undone (mark a draft sent, discard it), inline under the
 * item rather than as a modal: the pane is narrow and the question belongs to this one draft. A
 * fieldset (its legend, the question, names the group; the consequence describes it); focus moves to the
 * confirm button, Escape or Cancel closes it and the caller returns focus to the button that asked.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { type KeyboardEvent, useEffect, useId, useRef } from "react";
import { useStrings } from "../i18n/strings";

const useStyles = makeStyles({
  box: {
    margin: 0,
    minWidth: 0,
    padding: "8px",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  // Floated so the legend sits inside the box instead of on its border.
  title: { float: "left", width: "100%", padding: 0, fontWeight: tokens.fontWeightSemibold },
  body: { clear: "both", margin: 0, paddingBlock: "4px 8px" },
  buttons: { display: "flex", flexWrap: "wrap", gap: "6px" },
});

export interface ConfirmProps {
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function Confirm(props: ConfirmProps) {
  const s = useStrings();
  const styles = useStyles();
  const bodyId = useId();
  const confirmRef = useRef<HTMLButtonElement>(null);

  useEffect(() => confirmRef.current?.focus(), []);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === "Escape") {
      event.stopPropagation();
      props.onCancel();
    }
  }

  return (
    <fieldset aria-describedby={bodyId} className={styles.box} onKeyDown={onKeyDown}>
      <legend className={styles.title}>{props.title}</legend>
      <p id={bodyId} className={styles.body}>
        {props.body}
      </p>
      <div className={styles.buttons}>
        <Button
          ref={(el: HTMLButtonElement | null) => {
            confirmRef.current = el;
          }}
          size="small"
          appearance="primary"
          onClick={props.onConfirm}
        >
          {props.confirmLabel}
        </Button>
        <Button size="small" onClick={props.onCancel}>
          {s.common.cancel}
        </Button>
      </div>
    </fieldset>
  );
}
