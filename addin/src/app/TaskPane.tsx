/**
 * The pane's frame: two views, "This email" (follows the mailbox) and "My accounts today". The
 * email view stays mounted while the worklist is open, so going back does not reload the client.
 */
import { makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import { Loading } from "../common/Loading";
import { useStrings } from "../i18n/strings";
import { MailPane } from "../read/MailPane";

const WorklistView = lazy(() => import("../worklist/WorklistView"));

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    minWidth: "280px",
    minHeight: "100%",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  brand: {
    padding: "8px 12px 0",
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
  },
  panel: { padding: "8px 12px 24px" },
});

type View = "email" | "worklist";

export function TaskPane() {
  const s = useStrings();
  const styles = useStyles();
  const [view, setView] = useState<View>("email");
  const [worklistSeen, setWorklistSeen] = useState(false);
  const select = (next: View) => {
    setView(next);
    if (next === "worklist") setWorklistSeen(true);
  };
  return (
    <div className={styles.pane}>
      <div className={styles.brand} aria-hidden="true">
        {s.app.name}
      </div>
      <TabList
        size="small"
        aria-label={s.app.tabs}
        selectedValue={view}
        onTabSelect={(_, d) => select(d.value as View)}
      >
        <Tab id="tab-email" value="email" aria-controls="panel-email">
          {s.app.thisEmail}
        </Tab>
        <Tab id="tab-worklist" value="worklist" aria-controls="panel-worklist">
          {s.app.worklist}
        </Tab>
      </TabList>
      <div
        id="panel-email"
        role="tabpanel"
        aria-labelledby="tab-email"
        hidden={view !== "email"}
        className={styles.panel}
      >
        <MailPane />
      </div>
      <div
        id="panel-worklist"
        role="tabpanel"
        aria-labelledby="tab-worklist"
        hidden={view !== "worklist"}
        className={styles.panel}
      >
        {worklistSeen ? (
          <Suspense fallback={<Loading label={s.common.loading} />}>
            <WorklistView />
          </Suspense>
        ) : null}
      </div>
    </div>
  );
}
