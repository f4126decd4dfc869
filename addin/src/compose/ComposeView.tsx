/** Compose mode: the first recipient's client, with "Insert draft" into the message being written. */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useServices } from "../app/services";
import { useLoad } from "../../../web-shared/react/use-load";
import { ApiErrorBar } from "../common/ApiErrorBar";
import { Loading } from "../common/Loading";
import { useStrings } from "../i18n/strings";
import type { MailItem } from "../office/mailbox";
import { MatchOutcome } from "../read/MatchOutcome";

export function ComposeView(props: { item: MailItem }) {
  const s = useStrings();
  const { api } = useServices();
  const email = props.item.to?.[0]?.email ?? "";
  const [match, retry] = useLoad(email ? () => api.matchClient({ email, subject: props.item.subject }) : null, [email]);
  if (!email)
    return (
      <MessageBar intent="info">
        <MessageBarBody>{s.draft.noRecipient}</MessageBarBody>
      </MessageBar>
    );
  if (match.state === "loading") return <Loading label={s.match.matching} />;
  if (match.state === "error") return <ApiErrorBar error={match.error} onRetry={retry} />;
  return <MatchOutcome match={match.value} mode="compose" />;
}
