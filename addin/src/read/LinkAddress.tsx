/**
 * No client matches the sender: find the client by name (from the aging report's client rows,
 * i.e. the clients this user may see) and link the address, or just open the client. Linking is
 * written by an API route that may not be deployed yet; then the pane says so and still opens.
 */
import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  SearchBox,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { ApiError } from "../../../web-shared/api/http-client";
import type { AgingRow } from "../api/types";
import { useServices } from "../app/services";
import { useLoad } from "../../../web-shared/react/use-load";
import { ApiErrorBar } from "../common/ApiErrorBar";
import { Loading } from "../common/Loading";
import { Section } from "../common/Section";
import { useStrings } from "../i18n/strings";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "8px" },
  row: { display: "flex", flexWrap: "wrap", gap: "4px", alignItems: "center" },
  name: { flexBasis: "100%" },
});

type LinkState = { state: "idle" } | { state: "done"; name: string } | { state: "error"; error: ApiError };

export default function LinkAddress(props: { email: string; onOpen: (row: AgingRow) => void }) {
  const s = useStrings();
  const styles = useStyles();
  const { api } = useServices();
  const [query, setQuery] = useState("");
  const [link, setLink] = useState<LinkState>({ state: "idle" });
  const [report, retry] = useLoad(() => api.agingByClient(), ["aging-by-client"]);
  const rows = useMemo(() => {
    if (report.state !== "ok" || query.trim().length < 2) return [];
    const q = query.trim().toLowerCase();
    return report.value.rows.filter((r) => r.label.toLowerCase().includes(q) && r.clientId).slice(0, 8);
  }, [report, query]);

  async function onLink(row: AgingRow) {
    const r = await api.linkContact(row.clientId!, props.email);
    setLink(r.ok ? { state: "done", name: row.label } : { state: "error", error: r.error });
  }

  return (
    <Section title={s.link.title}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{s.match.noneTitle}</MessageBarTitle>
          {s.match.noneBody(props.email)}
        </MessageBarBody>
      </MessageBar>
      {report.state === "loading" ? <Loading label={s.common.loading} size="tiny" /> : null}
      {report.state === "error" ? <ApiErrorBar error={report.error} onRetry={retry} /> : null}
      {report.state === "ok" ? (
        <Field label={s.link.search} hint={s.link.searchHint}>
          <SearchBox value={query} onChange={(_, d) => setQuery(d.value)} />
        </Field>
      ) : null}
      {link.state === "done" ? (
        <MessageBar intent="success">
          <MessageBarBody>{s.link.linked(props.email, link.name)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {link.state === "error" ? (
        link.error.kind === "unavailable" ? (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{s.common.notAvailable}</MessageBarTitle>
              {s.link.unavailable}
            </MessageBarBody>
          </MessageBar>
        ) : (
          <ApiErrorBar error={link.error} />
        )
      ) : null}
      {query.trim().length >= 2 && report.state === "ok" && rows.length === 0 ? <p>{s.link.noResults}</p> : null}
      {rows.length ? (
        <ul className={styles.list} aria-label={s.link.results}>
          {rows.map((row) => (
            <li key={row.key} className={styles.row}>
              <span className={styles.name}>{row.label}</span>
              <Button size="small" onClick={() => onLink(row)}>
                {s.link.linkButton(row.label)}
              </Button>
              <Button size="small" appearance="subtle" onClick={() => props.onOpen(row)}>
                {s.link.openButton(row.label)}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </Section>
  );
}
