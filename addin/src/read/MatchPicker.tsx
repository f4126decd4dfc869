/** Several clients match the email (shared domain, several invoice numbers): the specialist picks. */
import { Button, Caption1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { MatchCandidate } from "../api/types";
import { formatMoney } from "../../../web-shared/format/display-format";
import { useLocale, useStrings } from "../i18n/strings";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "6px" },
  button: { width: "100%", justifyContent: "space-between", textAlign: "start" },
});

export function MatchPicker(props: { matches: MatchCandidate[]; onPick: (m: MatchCandidate) => void }) {
  const s = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  return (
    <>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{s.match.several(props.matches.length)}</MessageBarTitle>
          {s.match.severalHint}
        </MessageBarBody>
      </MessageBar>
      <ul className={styles.list} aria-label={s.match.choose}>
        {props.matches.map((m) => (
          <li key={m.clientId}>
            <Button className={styles.button} onClick={() => props.onPick(m)}>
              <span>{m.name}</span>
              <Caption1>{formatMoney(m.totalOutstandingMinor, m.currency, locale)}</Caption1>
            </Button>
          </li>
        ))}
      </ul>
    </>
  );
}
