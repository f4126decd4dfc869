/**
 * Versions and audit: every saved workflow version (restoring one loads it into the editor, to be
 * reviewed and saved as a new version — history is never rewritten) and the firm's audit trail of
 * configuration changes with who, when, what and each record's hash.
 */
import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { LoadedConfig } from "../api/types";
import { useServices } from "../app/services";
import { useLoad } from "../../../web-shared/react/use-load";
import { Loaded } from "../common/Loaded";
import { Region } from "../common/Region";
import { formatInstant } from "../i18n/format";
import { useLocale, useStrings } from "../i18n/strings";
import { usePeopleNames } from "./use-people";

export function HistoryPanel(props: {
  currentVersion: number;
  refresh: number;
  onRestore: (loaded: LoadedConfig) => void;
}) {
  const s = useStrings();
  const h = s.history;
  const locale = useLocale();
  const { api } = useServices();
  const nameOf = usePeopleNames(api);
  const [versions] = useLoad(() => api.configVersions(), [props.refresh]);
  const [changes, retry] = useLoad(() => api.configChanges(50), [props.refresh]);
  const restore = async (version: number) => {
    const r = await api.configVersion(version);
    if (r.ok) props.onRestore(r.value);
  };
  return (
    <>
      <Region title={h.versions} level={3}>
        <Loaded value={versions}>
          {(list) => (
            <ul>
              {[...list, { version: 0, savedBy: "nudge", savedAt: "" }].map((v) => (
                <li key={v.version}>
                  {s.config.version(v.version)}
                  {v.savedAt ? ` · ${h.savedBy(nameOf(v.savedBy), formatInstant(v.savedAt, locale))}` : ""}
                  {"note" in v && v.note ? ` · ${v.note}` : ""}{" "}
                  {v.version === props.currentVersion ? (
                    <strong>{h.current}</strong>
                  ) : (
                    <Button size="small" onClick={() => void restore(v.version)}>
                      {h.restore(v.version)}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </Loaded>
      </Region>
      <Region title={h.audit} level={3}>
        <Loaded value={changes} onRetry={retry}>
          {(list) =>
            list.length === 0 ? (
              <p>{h.none}</p>
            ) : (
              <Table size="small" aria-label={h.audit}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{h.when}</TableHeaderCell>
                    <TableHeaderCell>{h.who}</TableHeaderCell>
                    <TableHeaderCell>{h.what}</TableHeaderCell>
                    <TableHeaderCell>{h.hash}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {list.map((c) => (
                    <TableRow key={c.id}>
                      <TableCell>{formatInstant(c.at, locale)}</TableCell>
                      <TableCell>{c.actorName}</TableCell>
                      <TableCell>{c.summary}</TableCell>
                      <TableCell>
                        <code title={c.hash ?? ""}>{c.hash ? c.hash.slice(0, 12) : s.common.dash}</code>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )
          }
        </Loaded>
      </Region>
    </>
  );
}
