/**
 * The dashboard's frame: a header (title, who is signed in, the development role switch on this
 * machine), the view tabs, and the selected view. The selected view is mirrored in the URL hash so
 * a link or a reload opens the same view.
 */
import { makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import { type ReactNode, useState } from "react";
import type { DevRole } from "../../../web-shared/auth/dev-token-provider";
import { useStrings } from "../i18n/strings";
import { DevRoleSwitch } from "./DevRoleSwitch";
import { useServices } from "./services";
import { type View, viewsFor } from "./views";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalL,
    flexWrap: "wrap",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, flexGrow: 1 },
  who: { color: tokens.colorNeutralForeground3 },
  nav: { paddingInline: tokens.spacingHorizontalL, backgroundColor: tokens.colorNeutralBackground1 },
  main: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalXL,
    maxWidth: "1400px",
    width: "100%",
    boxSizing: "border-box",
  },
});

export function Shell(props: {
  initial: View;
  render: (view: View) => ReactNode;
  devRole?: DevRole;
  onDevRole?: (role: DevRole) => void;
}) {
  const s = useStrings();
  const styles = useStyles();
  const { me } = useServices();
  const views = viewsFor(me.roles);
  const [view, setView] = useState<View>(props.initial);
  const select = (v: View) => {
    setView(v);
    if (typeof history !== "undefined") history.replaceState(null, "", `#${v}`);
  };
  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <h1 className={styles.title}>
          {s.app.name} · {s.app.title}
        </h1>
        <span className={styles.who}>{s.app.signedInAs(me.name)}</span>
        {props.devRole && props.onDevRole ? <DevRoleSwitch role={props.devRole} onRole={props.onDevRole} /> : null}
      </header>
      <nav className={styles.nav} aria-label={s.app.views}>
        <TabList selectedValue={view} onTabSelect={(_, d) => select(d.value as View)}>
          {views.map((v) => (
            <Tab key={v} value={v}>
              {s.nav[v]}
            </Tab>
          ))}
        </TabList>
      </nav>
      <main className={styles.main}>{props.render(view)}</main>
    </div>
  );
}
