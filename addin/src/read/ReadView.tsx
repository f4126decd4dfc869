/**
 * Read mode: the open email's sender is matched to a client (contact, domain, then invoice numbers
 * in the subject and body) and the outcome is shown. One component instance per email: selecting
 * another email mounts a fresh one, so nothing of the previous client lingers.
 */
import type { ApiResult } from "../../../web-shared/api/http-client";
import type { Inbound, MatchResult } from "../api/types";
import { useServices } from "../app/services";
import { useLoad } from "../../../web-shared/react/use-load";
import { ApiErrorBar } from "../common/ApiErrorBar";
import { Loading } from "../common/Loading";
import { useStrings } from "../i18n/strings";
import type { MailItem } from "../office/mailbox";
import { MatchOutcome } from "./MatchOutcome";

async function readBody(item: MailItem): Promise<string> {
  try {
    return await item.bodyText();
  } catch {
    // A body the host will not give us still leaves the sender and subject to match on.
    return "";
  }
}

export function ReadView(props: { item: MailItem & { from: { email: string } } }) {
  const s = useStrings();
  const { api } = useServices();
  const { item } = props;
  const [loaded, retry] = useLoad(async (): Promise<ApiResult<{ match: MatchResult; inbound: Inbound }>> => {
    const body = await readBody(item);
    const inbound = { from: item.from.email, subject: item.subject, body };
    const match = await api.matchClient({ email: inbound.from, subject: item.subject, body });
    return match.ok ? { ok: true, value: { match: match.value, inbound } } : match;
  }, [item.from.email, item.subject]);

  if (loaded.state === "loading") return <Loading label={s.match.matching} />;
  if (loaded.state === "error") return <ApiErrorBar error={loaded.error} onRetry={retry} />;
  return <MatchOutcome match={loaded.value.match} inbound={loaded.value.inbound} mode="reply" />;
}
