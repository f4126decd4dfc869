/**
 * The task pane's one error boundary for API answers: maps an `ApiError` to a Fluent MessageBar
 * with words from the string table. Problem codes get their own sentence; a server reference id is
 * shown so support can find the log entry; stack traces and raw bodies never are.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ApiError } from "../api/http-client";
import type { Strings } from "../i18n/en";
import { useStrings } from "../i18n/strings";

export function describeApiError(error: ApiError, s: Strings): { title: string; body?: string } {
  switch (error.kind) {
    case "unavailable":
      return { title: s.common.notAvailable, body: s.common.notAvailableBody };
    case "network":
      return { title: s.errors.network };
    case "signin":
      return { title: s.errors.signIn };
    case "unexpected":
      return error.reference
        ? { title: s.errors.unexpected, body: `Ref. ${error.reference}` }
        : { title: s.errors.unexpected };
    case "problem": {
      const title = s.errors.code[error.code] ?? s.errors.unexpected;
      // Validation details are written for people ("date must be …"); other details stay out.
      return error.code === "VALIDATION" && error.detail ? { title, body: error.detail } : { title };
    }
  }
}

export function ApiErrorBar(props: { error: ApiError; onRetry?: () => void }) {
  const s = useStrings();
  const { title, body } = describeApiError(props.error, s);
  const intent = props.error.kind === "unavailable" ? "info" : "error";
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {body}
      </MessageBarBody>
      {props.onRetry && props.error.kind !== "unavailable" ? (
        <MessageBarActions>
          <Button size="small" onClick={props.onRetry}>
            {s.common.retry}
          </Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
