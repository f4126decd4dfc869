/**
 * The client beside the email: header, aging, score, what the email says, the reply draft,
 * actions, workflow state and recent activity. Summary, score and state load in parallel; the
 * header and aging render at once from the match answer when there is one, so the pane is useful
 * before the slower parts arrive.
 */
import { Button, makeStyles } from "@fluentui/react-components";
import { ActionsPanel } from "../actions/ActionsPanel";
import type { AgingRow, Inbound } from "../api/types";
import { useServices } from "../app/services";
import { useLoad } from "../../../web-shared/react/use-load";
import { ApiErrorBar } from "../common/ApiErrorBar";
import { Loading } from "../common/Loading";
import { DraftReply } from "../draft/DraftReply";
import { EmailInsight } from "../email/EmailInsight";
import { useStrings } from "../i18n/strings";
import { AgingChart } from "./AgingChart";
import { ClientHeader, type HeaderData } from "./ClientHeader";
import { OpenInvoices, RecentActivity } from "./RecentActivity";
import { ScorePanel } from "./ScorePanel";
import { StatePanel } from "./StatePanel";

export interface InitialClient extends HeaderData {
  aging: AgingRow | null;
}

export interface ClientViewProps {
  clientId: string;
  initial?: InitialClient;
  /** The open email, in read mode: enables "About this email" and "Draft reply". */
  inbound?: Inbound;
  mode: "reply" | "compose" | "browse";
  onBack?: () => void;
}

const useStyles = makeStyles({ view: { display: "flex", flexDirection: "column" } });

export function ClientView(props: ClientViewProps) {
  const s = useStrings();
  const styles = useStyles();
  const { api } = useServices();
  const { clientId } = props;
  const [summary, retrySummary] = useLoad(() => api.summary(clientId), [clientId]);
  const [score, retryScore] = useLoad(() => api.score(clientId), [clientId]);
  const [state] = useLoad(() => api.state(clientId), [clientId]);

  const full = summary.state === "ok" ? summary.value : undefined;
  const header: HeaderData | undefined = full
    ? {
        name: full.client.name,
        clientId,
        totalOutstandingMinor: full.totalOutstandingMinor,
        currency: full.currency,
        ...(props.initial?.method ? { method: props.initial.method } : {}),
      }
    : props.initial;
  const aging = full ? full.aging : props.initial?.aging;
  const back = props.onBack ? (
    <Button appearance="subtle" onClick={props.onBack}>
      {s.common.back}
    </Button>
  ) : null;

  if (!header) {
    return (
      <div className={styles.view}>
        {back}
        {summary.state === "error" ? (
          <ApiErrorBar error={summary.error} onRetry={retrySummary} />
        ) : (
          <Loading label={s.common.loading} />
        )}
      </div>
    );
  }
  const currency = header.currency;
  return (
    <div className={styles.view}>
      {back}
      <ClientHeader data={header} summary={full} />
      {summary.state === "error" ? <ApiErrorBar error={summary.error} onRetry={retrySummary} /> : null}
      <AgingChart row={aging ?? null} currency={currency} />
      <ScorePanel score={score} currency={currency} onRetry={retryScore} />
      {props.mode === "reply" && props.inbound ? (
        <>
          <EmailInsight clientId={clientId} inbound={props.inbound} />
          <DraftReply clientId={clientId} inbound={props.inbound} mode="reply" />
        </>
      ) : null}
      {props.mode === "compose" ? <DraftReply clientId={clientId} mode="compose" /> : null}
      <ActionsPanel clientId={clientId} summary={full} currency={currency} />
      <StatePanel state={state} currency={currency} />
      {full ? <OpenInvoices summary={full} /> : null}
      {full ? <RecentActivity summary={full} /> : null}
    </div>
  );
}
