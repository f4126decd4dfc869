/** The segment thresholds' versions, each restorable into the form (then saved as a new version). */
import { Button } from "@fluentui/react-components";
import { useServices } from "../app/services";
import { useLoad } from "../../../web-shared/react/use-load";
import { Loaded } from "../common/Loaded";
import { formatInstant } from "../i18n/format";
import { useLocale, useStrings } from "../i18n/strings";
import { usePeopleNames } from "./use-people";

export function SegmentVersions(props: { refresh: number; onRestore: (policy: Record<string, number>) => void }) {
  const s = useStrings();
  const t = s.segmentsEditor;
  const locale = useLocale();
  const { api } = useServices();
  const nameOf = usePeopleNames(api);
  const [versions] = useLoad(() => api.segmentVersions(), [props.refresh]);
  return (
    <section aria-label={t.versions}>
      <h3 style={{ margin: 0 }}>{t.versions}</h3>
      <Loaded value={versions}>
        {(list) => (
          <ul>
            {list.map((v) => (
              <li key={v.version}>
                {s.config.version(v.version)}
                {v.savedAt ? ` · ${s.history.savedBy(nameOf(v.savedBy), formatInstant(v.savedAt, locale))}` : ""}{" "}
                <Button size="small" onClick={() => props.onRestore(v.policy as unknown as Record<string, number>)}>
                  {t.restore(v.version)}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </Loaded>
    </section>
  );
}
