/**
 * The payment-likelihood score with the reasons that drove it, in words a collector can repeat to
 * a partner. Before the first training the API answers MODEL_MISSING: that is a normal state of a
 * new firm, shown as such, never as an error and never as a made-up score.
 */
import { Badge, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import type { ClientScore } from "../api/types";
import type { Loadable } from "../../../web-shared/react/use-load";
import { ApiErrorBar } from "../common/ApiErrorBar";
import { Loading } from "../common/Loading";
import { Section } from "../common/Section";
import { formatDate, formatMoney, formatPercent } from "../../../web-shared/format/display-format";
import { useLocale, useStrings } from "../i18n/strings";

const useStyles = makeStyles({
  headline: { display: "flex", alignItems: "baseline", gap: "8px", flexWrap: "wrap" },
  big: { fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightSemibold, lineHeight: 1 },
  track: { height: "8px", backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusSmall },
  fill: { height: "100%", backgroundColor: tokens.colorBrandBackground, borderRadius: tokens.borderRadiusSmall },
  facts: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: "8px", rowGap: "2px", margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: "anywhere" },
  reasons: { margin: 0, paddingInlineStart: "18px" },
});

function confidenceText(c: ClientScore["confidence"], locale: string): string | undefined {
  if (c === undefined || c === null) return undefined;
  return typeof c === "number" ? formatPercent(c, locale) : String(c);
}

function ScoreBody(props: { score: ClientScore; currency: string }) {
  const s = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const { score } = props;
  const confidence = confidenceText(score.confidence, locale);
  const reasons = [...(score.reasons ?? [])].sort((a, b) => Math.abs(b.weight ?? 0) - Math.abs(a.weight ?? 0));
  const cash = score.expectedCash;
  return (
    <>
      <div className={styles.headline}>
        <span className={styles.big}>{formatPercent(score.p30, locale)}</span>
        <span>{s.score.p30}</span>
        {score.segment ? <Badge appearance="tint">{score.segment}</Badge> : null}
      </div>
      <div className={styles.track} aria-hidden="true">
        <div className={styles.fill} style={{ width: `${Math.round(Math.min(1, Math.max(0, score.p30)) * 100)}%` }} />
      </div>
      <dl className={styles.facts}>
        {confidence ? (
          <>
            <dt className={styles.term}>{s.score.confidence}</dt>
            <dd className={styles.value}>{confidence}</dd>
          </>
        ) : null}
        {score.nextAction ? (
          <>
            <dt className={styles.term}>{s.score.nextAction}</dt>
            <dd className={styles.value}>{score.nextAction}</dd>
          </>
        ) : null}
        {score.escalationDate ? (
          <>
            <dt className={styles.term}>{s.score.escalateBy}</dt>
            <dd className={styles.value}>
              {formatDate(score.escalationDate, locale)}
              {score.escalationRule ? ` (${score.escalationRule})` : ""}
            </dd>
          </>
        ) : null}
        {cash ? (
          <>
            <dt className={styles.term}>{s.score.expectedCash}</dt>
            <dd className={styles.value}>
              {[cash.d7, cash.d30, cash.d60].map((v) => formatMoney(v ?? 0, props.currency, locale)).join(" / ")}
            </dd>
          </>
        ) : null}
      </dl>
      {reasons.length ? (
        <>
          <strong>{s.score.reasons}</strong>
          <ul className={styles.reasons}>
            {reasons.slice(0, 3).map((r) => (
              <li key={r.text}>{r.text}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

export function ScorePanel(props: { score: Loadable<ClientScore>; currency: string; onRetry?: () => void }) {
  const s = useStrings();
  const { score } = props;
  return (
    <Section title={s.score.title}>
      {score.state === "loading" ? (
        <Loading label={s.common.loading} size="tiny" />
      ) : score.state === "ok" ? (
        <ScoreBody score={score.value} currency={props.currency} />
      ) : score.error.kind === "problem" && score.error.code === "MODEL_MISSING" ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.score.noModelTitle}</MessageBarTitle>
            {s.score.noModelBody}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <ApiErrorBar error={score.error} {...(props.onRetry ? { onRetry: props.onRetry } : {})} />
      )}
    </Section>
  );
}
