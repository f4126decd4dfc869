/**
 * The dashboard's error bar: the shared one, worded from the dashboard's string table. Before the
 * first training the API answers MODEL_MISSING: a normal state here, so it reads as information.
 */
import { ApiErrorBar as SharedApiErrorBar, type ApiErrorBarProps } from "../../../web-shared/errors/ApiErrorBar";
import { useStrings } from "../i18n/strings";

const QUIET_CODES = ["MODEL_MISSING"];

export function ApiErrorBar(props: ApiErrorBarProps) {
  return <SharedApiErrorBar {...props} words={useStrings()} quietCodes={QUIET_CODES} />;
}
