import { Spinner } from "@fluentui/react-components";

/** A labelled spinner; the label is announced politely so screen-reader users know work is under way. */
export function Loading(props: { label: string; size?: "tiny" | "small" | "medium" }) {
  return (
    <div role="status" aria-live="polite">
      <Spinner size={props.size ?? "small"} label={props.label} labelPosition="after" />
    </div>
  );
}
