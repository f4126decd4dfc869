/** Open workflow state: sequence step, promises, disputes, plan progress, holds, escalations. */
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { ClientState } from "../api/types";
import type { Loadable } from "../../../web-shared/react/use-load";
import { ApiErrorBar } from "../common/ApiErrorBar";
import { Loading } from "../common/Loading";
import { Section } from "../common/Section";
import { useLocale, useStrings } from "../i18n/strings";
import { stateLines } from "./state-lines";

const useStyles = makeStyles({
  facts: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: "8px", rowGap: "4px", margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: "anywhere" },
  list: { margin: 0, paddingInlineStart: "16px" },
});

function Lines(props: { items: string[] }) {
  const styles = useStyles();
  if (props.items.length === 1) return <>{props.items[0]}</>;
  return (
    <ul className={styles.list}>
      {props.items.map((text, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines have no id and never reorder
        <li key={i}>{text}</li>
      ))}
    </ul>
  );
}

export function StatePanel(props: { state: Loadable<ClientState>; currency: string }) {
  const s = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const { state } = props;
  if (state.state === "loading")
    return (
      <Section title={s.state.title}>
        <Loading label={s.common.loading} size="tiny" />
      </Section>
    );
  if (state.state === "error")
    return (
      <Section title={s.state.title}>
        <ApiErrorBar error={state.error} />
      </Section>
    );
  const lines = stateLines(state.value, s, locale, props.currency);
  const rows: [string, string[]][] = [
    [s.state.sequence, lines.sequence ? [lines.sequence] : []],
    [s.state.nextStep, lines.nextStep ? [lines.nextStep] : []],
    [s.state.promises, lines.promises],
    [s.state.disputes, lines.disputes],
    [s.state.plans, lines.plans],
    [s.state.holds, lines.holds],
    [s.state.escalations, lines.escalations],
  ];
  const shown = rows.filter(([, items]) => items.length > 0);
  return (
    <Section title={s.state.title}>
      {shown.length === 0 ? (
        <Caption1>{s.state.nothingOpen}</Caption1>
      ) : (
        <dl className={styles.facts}>
          {shown.map(([term, items]) => (
            <div key={term} style={{ display: "contents" }}>
              <dt className={styles.term}>{term}</dt>
              <dd className={styles.value}>
                <Lines items={items} />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </Section>
  );
}
