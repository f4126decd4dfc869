/**
 * What the pane shows once the sender is matched: the client view for one match, a picker for
 * several, and the link-this-address flow for none (loaded on demand: it is the rare case).
 */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import type { AgingRow, Inbound, LinkedAddress, MatchCandidate, MatchResult } from "../api/types";
import { ClientView, type InitialClient } from "../client/ClientView";
import { Loading } from "../common/Loading";
import { useStrings } from "../i18n/strings";
import { MatchPicker } from "./MatchPicker";

const LinkAddress = lazy(() => import("./LinkAddress"));

const fromCandidate = (m: MatchCandidate, method: string): InitialClient => ({
  clientId: m.clientId,
  name: m.name,
  totalOutstandingMinor: m.totalOutstandingMinor,
  currency: m.currency,
  aging: m.aging,
  method,
});

const fromAgingRow = (row: AgingRow, linked?: LinkedAddress): InitialClient => ({
  clientId: row.clientId!,
  name: row.label,
  totalOutstandingMinor: row.totalMinor,
  currency: row.currency,
  aging: row,
  ...(linked ? { method: linked.source === "contact" ? "contact" : "linked" } : {}),
});

/** The confirmation of a link, shown above the client it opened (the link view itself is gone). */
interface LinkNotice {
  email: string;
  client: string;
  created: boolean;
}

export function MatchOutcome(props: { match: MatchResult; mode: "reply" | "compose"; inbound?: Inbound }) {
  const s = useStrings();
  const [picked, setPicked] = useState<InitialClient | null>(null);
  const [notice, setNotice] = useState<LinkNotice | null>(null);
  const { match } = props;
  const only = match.matches.length === 1 ? match.matches[0] : undefined;
  const chosen = picked ?? (only ? fromCandidate(only, match.method) : null);
  const view = (initial: InitialClient, onBack?: () => void) => (
    <ClientView
      key={initial.clientId}
      clientId={initial.clientId}
      initial={initial}
      mode={props.mode}
      {...(props.inbound ? { inbound: props.inbound } : {})}
      {...(onBack ? { onBack } : {})}
    />
  );
  const back = () => {
    setPicked(null);
    setNotice(null);
  };
  if (chosen) {
    return (
      <>
        {notice ? (
          <MessageBar intent="success">
            <MessageBarBody>
              {notice.created
                ? s.link.linked(notice.email, notice.client)
                : s.link.alreadyLinked(notice.email, notice.client)}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {view(chosen, picked ? back : undefined)}
      </>
    );
  }
  if (match.matches.length > 1)
    return <MatchPicker matches={match.matches} onPick={(m) => setPicked(fromCandidate(m, match.method))} />;
  const open = (row: AgingRow, linked?: LinkedAddress) => {
    setPicked(fromAgingRow(row, linked));
    setNotice(linked ? { email: linked.email, client: row.label, created: linked.created } : null);
  };
  return (
    <Suspense fallback={<Loading label={s.common.loading} />}>
      <LinkAddress email={match.email} onOpen={open} />
    </Suspense>
  );
}
