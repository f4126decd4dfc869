/**
 * Draft reply: asks the drafting service for a reply grounded in the ledger (the inbound email is
 * passed as data), shows it in the pane, and opens Outlook's reply form with it for the specialist
 * to edit and send. Nothing is sent from here. In compose mode the same draft is inserted into the
 * message being written instead.
 */
import { Button, makeStyles, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useState } from "react";
import type { ApiError } from "../../../web-shared/api/http-client";
import type { Draft, Inbound } from "../api/types";
import { useServices } from "../app/services";
import { ApiErrorBar } from "../common/ApiErrorBar";
import { useStrings } from "../i18n/strings";
import { DraftView } from "./DraftView";

const useStyles = makeStyles({ column: { display: "flex", flexDirection: "column", gap: "8px", paddingBlock: "8px" } });

type State =
  | { state: "idle" | "drafting" }
  | { state: "ready"; draft: Draft; handedOver: boolean }
  | { state: "error"; error: ApiError };

export function DraftReply(props: { clientId: string; inbound?: Inbound; mode: "reply" | "compose" }) {
  const s = useStrings();
  const styles = useStyles();
  const { api, mailbox } = useServices();
  const [state, setState] = useState<State>({ state: "idle" });

  async function onDraft() {
    setState({ state: "drafting" });
    const request =
      props.mode === "reply" && props.inbound
        ? ({ purpose: "reply", channel: "email", inbound: props.inbound } as const)
        : ({ purpose: "reminder", channel: "email" } as const);
    const result = await api.draft(props.clientId, request);
    if (!result.ok) return setState({ state: "error", error: result.error });
    let handedOver = false;
    try {
      if (props.mode === "reply") await mailbox?.displayReply(result.value.html);
      else await mailbox?.insertIntoCompose(result.value.html);
      handedOver = Boolean(mailbox);
    } catch {
      handedOver = false;
    }
    setState({ state: "ready", draft: result.value, handedOver });
  }

  const label = props.mode === "reply" ? s.draft.button : s.draft.insert;
  return (
    <div className={styles.column}>
      <Button appearance="primary" onClick={onDraft} disabled={state.state === "drafting"}>
        {state.state === "drafting" ? s.draft.drafting : label}
      </Button>
      {state.state === "error" ? <ApiErrorBar error={state.error} onRetry={onDraft} /> : null}
      {state.state === "ready" ? (
        <>
          <MessageBar intent={state.handedOver ? "success" : "warning"} layout="multiline">
            <MessageBarBody>
              {state.handedOver ? (props.mode === "reply" ? s.draft.opened : s.draft.inserted) : s.draft.openFailed}
            </MessageBarBody>
          </MessageBar>
          <DraftView draft={state.draft} title={s.draft.title} />
        </>
      ) : null}
    </div>
  );
}
