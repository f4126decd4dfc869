/**
 * No client matches the sender: find the client by name (from the aging report's client rows,
 * i.e. the clients this user may see) and link the address so the next email from it matches, or
 * just open the client. A successful link opens the client with `onOpen(row, linked)`; the parent
 * confirms it there, because this view is gone once the client opens.
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
import type { AgingRow, LinkedAddress } from "../api/types";
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

export default function LinkAddress(props: { email: string; onOpen: (row: AgingRow, linked?: LinkedAddress) => void }) {
  const s = useStrings();
  const styles = useStyles();
  const { api } = useServices();
  const [query, setQuery] = useState("");
  const [linking, setLinking] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [report, retry] = useLoad(() => api.agingByClient(), ["aging-by-client"]);
  const rows = useMemo(() => {
    if (report.state !== "ok" || query.trim().length < 2) return [];
    const q = query.trim().toLowerCase();
    return report.value.rows.filter((r) => r.label.toLowerCase().includes(q) && r.clientId).slice(0, 8);
  }, [report, query]);

  async function onLink(row: AgingRow) {
    // One request at a time: a second click's answer would arrive after the client has opened.
    setLinking(true);
    setFailure(null);
    const r = await api.linkContact(row.clientId!, props.email);
    setLinking(false);
    if (r.ok) props.onOpen(row, r.value);
    else setFailure(r.error);
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
      {failure ? <LinkFailure error={failure} /> : null}
      {query.trim().length >= 2 && report.state === "ok" && rows.length === 0 ? <p>{s.link.noResults}</p> : null}
      {rows.length ? (
        <ul className={styles.list} aria-label={s.link.results}>
          {rows.map((row) => (
            <li key={row.key} className={styles.row}>
              <span className={styles.name}>{row.label}</span>
              <Button size="small" disabledFocusable={linking} onClick={() => onLink(row)}>
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

/** The address belongs to another client: the API's sentence says which (when this user may know). */
function LinkFailure(props: { error: ApiError }) {
  const s = useStrings();
  const { error } = props;
  if (error.kind !== "problem" || error.code !== "CONFLICT") return <ApiErrorBar error={error} />;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{s.link.conflictTitle}</MessageBarTitle>
        {error.detail}
      </MessageBarBody>
    </MessageBar>
  );
}
