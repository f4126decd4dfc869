/**
 * "My accounts today": the collector's worklist ranked by the model (cash at risk, likelihood),
 * with the reason and the recommended action; opening an account shows the same client view.
 */
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { WorklistItem } from "../api/types";
import { useServices } from "../app/services";
import { useLoad } from "../../../web-shared/react/use-load";
import { ClientView } from "../client/ClientView";
import { ApiErrorBar } from "../common/ApiErrorBar";
import { Loading } from "../common/Loading";
import { formatMoney, formatPercent } from "../../../web-shared/format/display-format";
import { useLocale, useStrings } from "../i18n/strings";

const useStyles = makeStyles({
  title: { margin: "0 0 8px", fontSize: tokens.fontSizeBase400 },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "10px" },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    paddingBottom: "8px",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  figures: { display: "flex", flexWrap: "wrap", columnGap: "12px", fontVariantNumeric: "tabular-nums" },
  open: { alignSelf: "flex-start" },
});

function Row(props: { item: WorklistItem; onOpen: () => void }) {
  const s = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const { item } = props;
  return (
    <li className={styles.item}>
      <strong>{item.name}</strong>
      <div className={styles.figures}>
        <span>
          {s.worklist.balance}: {formatMoney(item.balanceMinor, item.currency, locale)}
        </span>
        {item.p30 !== undefined ? (
          <span>
            {s.worklist.p30}: {formatPercent(item.p30, locale)}
          </span>
        ) : null}
        {item.cashAtRiskMinor !== undefined ? (
          <span>
            {s.worklist.atRisk}: {formatMoney(item.cashAtRiskMinor, item.currency, locale)}
          </span>
        ) : null}
      </div>
      {item.reason ? <Caption1>{item.reason}</Caption1> : null}
      {item.nextAction ? <Caption1>→ {item.nextAction}</Caption1> : null}
      <Button size="small" className={styles.open} onClick={props.onOpen}>
        {s.worklist.openClient(item.name)}
      </Button>
    </li>
  );
}

export default function WorklistView() {
  const s = useStrings();
  const styles = useStyles();
  const { api } = useServices();
  const [list, retry] = useLoad(() => api.worklist(), ["worklist"]);
  const [open, setOpen] = useState<WorklistItem | null>(null);

  if (open)
    return <ClientView key={open.clientId} clientId={open.clientId} mode="browse" onBack={() => setOpen(null)} />;
  return (
    <section aria-labelledby="worklist-title">
      <h2 id="worklist-title" className={styles.title}>
        {s.worklist.title}
      </h2>
      {list.state === "loading" ? <Loading label={s.worklist.loading} /> : null}
      {list.state === "error" ? <ApiErrorBar error={list.error} onRetry={retry} /> : null}
      {list.state === "ok" && list.value.items.length === 0 ? <p>{s.worklist.empty}</p> : null}
      {list.state === "ok" && list.value.items.length > 0 ? (
        <ol className={styles.list}>
          {list.value.items.map((item) => (
            <Row key={item.clientId} item={item} onOpen={() => setOpen(item)} />
          ))}
        </ol>
      ) : null}
    </section>
  );
}
