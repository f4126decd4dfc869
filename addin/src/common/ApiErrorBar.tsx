/** The task pane's error bar: the shared one, worded from the pane's string table. */
import { ApiErrorBar as SharedApiErrorBar, type ApiErrorBarProps } from "../../../web-shared/errors/ApiErrorBar";
import { useStrings } from "../i18n/strings";

export function ApiErrorBar(props: Omit<ApiErrorBarProps, "what">) {
  return <SharedApiErrorBar {...props} words={useStrings()} />;
}
