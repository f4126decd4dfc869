/**
 * The channel tab's set-up page (`dashboard.html?mode=configure`, the manifest's configurationUrl):
 * pick the view the tab opens on; Teams' Save stores `dashboard.html?view=…` as the tab's content.
 */
import { Field, FluentProvider, makeStyles, Select, type Theme, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { VIEWS, type View } from "../app/views";
import type { HostInfo, TabSettings } from "../host/host";
import { StringsProvider, useStrings } from "../i18n/strings";

const useStyles = makeStyles({
  page: { padding: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  title: { margin: 0, fontSize: tokens.fontSizeBase500 },
});

export function tabSettings(origin: string, view: View, viewName: string): TabSettings {
  return {
    contentUrl: `${origin}/dashboard.html?view=${view}`,
    websiteUrl: `${origin}/dashboard.html#${view}`,
    entityId: `nudge-dashboard-${view}`,
    suggestedDisplayName: `Nudge · ${viewName}`,
  };
}

function Picker(props: { host: HostInfo; origin: string }) {
  const s = useStrings();
  const styles = useStyles();
  const [view, setView] = useState<View>("portfolio");
  const current = useRef(view);
  current.current = view;
  useEffect(() => {
    props.host.teams?.configure(() => tabSettings(props.origin, current.current, s.nav[current.current]));
  }, [props.host.teams, props.origin, s]);
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>{s.configure.title}</h1>
      <Field label={s.configure.view} hint={s.configure.hint}>
        <Select value={view} onChange={(_, d) => setView(d.value as View)}>
          {VIEWS.filter((v) => v !== "config").map((v) => (
            <option key={v} value={v}>
              {s.nav[v]}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}

export function ConfigurePage(props: { theme: Theme; host: HostInfo; origin: string }) {
  return (
    <FluentProvider theme={props.theme}>
      <StringsProvider>
        <Picker host={props.host} origin={props.origin} />
      </StringsProvider>
    </FluentProvider>
  );
}
