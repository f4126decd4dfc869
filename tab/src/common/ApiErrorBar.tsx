/**
 * The dashboard's one error boundary for API answers: a Fluent MessageBar with words from the
 * string table. A route that is not deployed yet reads "Not available yet", never as an error;
 * a server reference id is shown for support; stack traces and raw bodies never are.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ApiError } from "../api/http";
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
      return error.code === "VALIDATION" || error.code === "MODEL_MISSING"
        ? error.detail
          ? { title, body: error.detail }
          : { title }
        : { title };
    }
  }
}

export function ApiErrorBar(props: { error: ApiError; onRetry?: () => void; what?: string }) {
  const s = useStrings();
  const { title, body } = describeApiError(props.error, s);
  const quiet =
    props.error.kind === "unavailable" || (props.error.kind === "problem" && props.error.code === "MODEL_MISSING");
  return (
    <MessageBar intent={quiet ? "info" : "error"} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{props.what ? `${props.what}: ${title}` : title}</MessageBarTitle>
        {body}
      </MessageBarBody>
      {props.onRetry && !quiet ? (
        <MessageBarActions>
          <Button size="small" onClick={props.onRetry}>
            {s.common.retry}
          </Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
