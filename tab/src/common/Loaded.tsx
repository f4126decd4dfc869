/** Renders one API answer's state: a labelled spinner, the error bar, or the view for the value. */
import { Spinner } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Loadable } from "../../../web-shared/react/use-load";
import { useStrings } from "../i18n/strings";
import { ApiErrorBar } from "./ApiErrorBar";

export function Loading(props: { label?: string }) {
  const s = useStrings();
  return (
    <div role="status" aria-live="polite">
      <Spinner size="small" label={props.label ?? s.common.loading} labelPosition="after" />
    </div>
  );
}

export function Loaded<T>(props: {
  value: Loadable<T>;
  onRetry?: () => void;
  label?: string;
  what?: string;
  children: (value: T) => ReactNode;
}) {
  if (props.value.state === "loading") return <Loading {...(props.label ? { label: props.label } : {})} />;
  if (props.value.state === "error")
    return (
      <ApiErrorBar
        error={props.value.error}
        {...(props.onRetry ? { onRetry: props.onRetry } : {})}
        {...(props.what ? { what: props.what } : {})}
      />
    );
  return <>{props.children(props.value.value)}</>;
}
