/** A template's earlier versions, each restorable into the editor (then saved as a new version). */
import { Button } from "@fluentui/react-components";
import type { TemplateVersion } from "../api/types";
import { useServices } from "../app/services";
import { useLoad } from "../../../web-shared/react/use-load";
import { Loaded } from "../common/Loaded";
import { formatInstant } from "../i18n/format";
import { useLocale, useStrings } from "../i18n/strings";
import { usePeopleNames } from "./use-people";

export function TemplateVersions(props: {
  templateId: string;
  refresh: number;
  onRestore: (v: TemplateVersion) => void;
}) {
  const s = useStrings();
  const t = s.templatesEditor;
  const locale = useLocale();
  const { api } = useServices();
  const nameOf = usePeopleNames(api);
  const [versions] = useLoad(() => api.templateVersions(props.templateId), [props.templateId, props.refresh]);
  return (
    <section aria-label={t.versions}>
      <h3 style={{ margin: 0 }}>{t.versions}</h3>
      <Loaded value={versions}>
        {(list) =>
          list.length === 0 ? (
            <p>{s.common.none}</p>
          ) : (
            <ul>
              {list.map((v) => (
                <li key={v.version}>
                  {s.config.version(v.version)} ·{" "}
                  {s.history.savedBy(nameOf(v.savedBy), formatInstant(v.savedAt, locale))}{" "}
                  <Button size="small" onClick={() => props.onRestore(v)}>
                    {t.restore(v.version)}
                  </Button>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </section>
  );
}
