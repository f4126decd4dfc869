/**
 * Follows the mailbox's selected item: read mode shows the sender's client, compose mode the
 * recipient's. On a change the previous view is cleared at once, before the new item is read,
 * so the pane never shows one client beside another client's email.
 */
import { Body1 } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { useServices } from "../app/services";
import { ComposeView } from "../compose/ComposeView";
import { Loading } from "../common/Loading";
import { useStrings } from "../i18n/strings";
import type { MailItem } from "../office/mailbox";
import { ReadView } from "./ReadView";

type Current = { state: "loading" } | { state: "ready"; item: MailItem | null; seq: number };

export function MailPane() {
  const s = useStrings();
  const { mailbox } = useServices();
  const [current, setCurrent] = useState<Current>({ state: "loading" });

  useEffect(() => {
    if (!mailbox) return;
    let seq = 0;
    const refresh = () => {
      const mine = ++seq;
      setCurrent({ state: "loading" });
      mailbox.getItem().then(
        (item) => mine === seq && setCurrent({ state: "ready", item, seq: mine }),
        () => mine === seq && setCurrent({ state: "ready", item: null, seq: mine }),
      );
    };
    refresh();
    const unsubscribe = mailbox.onItemChanged(refresh);
    return () => {
      seq = -1;
      unsubscribe();
    };
  }, [mailbox]);

  if (!mailbox) return <Body1>{s.app.noItem}</Body1>;
  if (current.state === "loading") return <Loading label={s.common.loading} />;
  const { item, seq } = current;
  if (item?.mode === "compose") return <ComposeView key={seq} item={item} />;
  if (item?.mode === "read" && item.from?.email)
    return <ReadView key={seq} item={item as MailItem & { from: { email: string } }} />;
  return <Body1>{s.app.noItem}</Body1>;
}
