/**
 * The pages' one error boundary for API answers: maps an `ApiError` to a Fluent MessageBar with
 * words from the page's string table. Problem codes get their own sentence; a route that is not
 * deployed yet reads "Not available yet", never as an error; a server reference id is shown so
 * support can find the log entry; stack traces and raw bodies never are.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ApiError } from "../api/http-client";

/** The slice of a page's string table the bar reads; each page words sign-in its own way. */
export interface ApiErrorWords {
  common: { notAvailable: string; notAvailableBody: string; retry: string };
  errors: { network: string; unexpected: string; signIn: string; code: Record<string, string> };
}

/**
 * `quietCodes`: problem codes that are a normal state rather than a failure (the dashboard's
 * MODEL_MISSING before the first training): shown as information, with their detail, and no retry.
 */
export function describeApiError(
  error: ApiError,
  s: ApiErrorWords,
  quietCodes: readonly string[] = [],
): { title: string; body?: string } {
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
      const showDetail = error.code === "VALIDATION" || quietCodes.includes(error.code);
      return showDetail && error.detail ? { title, body: error.detail } : { title };
    }
  }
}

export interface ApiErrorBarProps {
  error: ApiError;
  onRetry?: () => void;
  /** What failed to load ("Aging"), put before the title when a view shows several bars. */
  what?: string;
}

export function ApiErrorBar(props: ApiErrorBarProps & { words: ApiErrorWords; quietCodes?: readonly string[] }) {
  const { error, words, quietCodes = [] } = props;
  const { title, body } = describeApiError(error, words, quietCodes);
  const quiet = error.kind === "unavailable" || (error.kind === "problem" && quietCodes.includes(error.code));
  return (
    <MessageBar intent={quiet ? "info" : "error"} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{props.what ? `${props.what}: ${title}` : title}</MessageBarTitle>
        {body}
      </MessageBarBody>
      {props.onRetry && !quiet ? (
        <MessageBarActions>
          <Button size="small" onClick={props.onRetry}>
            {words.common.retry}
          </Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
