/**
 * The frame every action form shares: a labelled form, Save/Cancel, and the outcome as a
 * MessageBar (success, or the API's problem mapped to words; "not available yet" when the route
 * is not deployed). Focus moves to the outcome so screen readers announce it.
 */
import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from "react";
import type { ApiError, ApiResult } from "../../../web-shared/api/http-client";
import { ApiErrorBar } from "../common/ApiErrorBar";
import { useStrings } from "../i18n/strings";

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  buttons: { display: "flex", gap: "8px", flexWrap: "wrap" },
});

type Outcome = { state: "idle" | "saving" | "done" } | { state: "error"; error: ApiError };

export interface ActionFormProps {
  title: string;
  /** Returns null when the fields are invalid (the form shows the field messages itself). */
  submit: () => Promise<ApiResult<unknown>> | null;
  onClose: () => void;
  /** What success means for this action, when more than "saved". */
  successText?: string;
  children: ReactNode;
}

export function ActionForm(props: ActionFormProps) {
  const s = useStrings();
  const styles = useStyles();
  const id = useId();
  const outcomeRef = useRef<HTMLDivElement>(null);
  const [outcome, setOutcome] = useState<Outcome>({ state: "idle" });

  useEffect(() => {
    if (outcome.state === "done" || outcome.state === "error") outcomeRef.current?.focus();
  }, [outcome.state]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const pending = props.submit();
    if (!pending) return;
    setOutcome({ state: "saving" });
    const result = await pending;
    setOutcome(result.ok ? { state: "done" } : { state: "error", error: result.error });
  }

  return (
    <form aria-labelledby={id} className={styles.form} onSubmit={onSubmit} noValidate>
      <h4 id={id} className={styles.title}>
        {props.title}
      </h4>
      {props.children}
      <div ref={outcomeRef} tabIndex={-1}>
        {outcome.state === "done" ? (
          <MessageBar intent="success">
            <MessageBarBody>{props.successText ?? s.actions.success}</MessageBarBody>
          </MessageBar>
        ) : outcome.state === "error" ? (
          <ApiErrorBar error={outcome.error} />
        ) : null}
      </div>
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabled={outcome.state === "saving" || outcome.state === "done"}>
          {outcome.state === "saving" ? s.actions.submitting : s.actions.submit}
        </Button>
        <Button type="button" onClick={props.onClose}>
          {outcome.state === "done" ? s.common.close : s.common.cancel}
        </Button>
      </div>
    </form>
  );
}
