/**
 * The pane's frame: three views, "This email" (follows the mailbox), "My accounts today" and the
 * "Review queue". The email view stays mounted while another is open, so going back does not
 * reload the client. The queue's lists load with the pane so its tab shows how many items wait;
 * the queue view itself loads on first use.
 */
import { CounterBadge, makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import { Loading } from "../common/Loading";
import { useStrings } from "../i18n/strings";
import { useReviewQueue } from "../queue/use-review-queue";
import { MailPane } from "../read/MailPane";
import { useServices } from "./services";

const WorklistView = lazy(() => import("../worklist/WorklistView"));
const ReviewQueueView = lazy(() => import("../queue/ReviewQueueView"));

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
  // Three views side by side do not fit a 320 px pane (nor longer translations): the tabs wrap.
  tabs: { flexWrap: "wrap" },
  badge: { marginInlineStart: tokens.spacingHorizontalXS },
});

type View = "email" | "worklist" | "queue";

export function TaskPane() {
  const s = useStrings();
  const styles = useStyles();
  const [view, setView] = useState<View>("email");
  const [worklistSeen, setWorklistSeen] = useState(false);
  const [queueSeen, setQueueSeen] = useState(false);
  const queue = useReviewQueue(useServices().api);
  const select = (next: View) => {
    setView(next);
    if (next === "worklist") setWorklistSeen(true);
    if (next === "queue" && next !== view) {
      // The pane may have been open for hours: the queue is read again each time it is opened.
      queue.reload();
      setQueueSeen(true);
    }
  };
  return (
    <div className={styles.pane}>
      <div className={styles.brand} aria-hidden="true">
        {s.app.name}
      </div>
      <TabList
        className={styles.tabs}
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
        <Tab id="tab-queue" value="queue" aria-controls="panel-queue" aria-label={s.app.queueTab(queue.count)}>
          {s.app.queue}
          {queue.count ? (
            <CounterBadge className={styles.badge} count={queue.count} size="small" color="brand" aria-hidden />
          ) : null}
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
      <div
        id="panel-queue"
        role="tabpanel"
        aria-labelledby="tab-queue"
        hidden={view !== "queue"}
        className={styles.panel}
      >
        {queueSeen ? (
          <Suspense fallback={<Loading label={s.common.loading} />}>
            <ReviewQueueView queue={queue} />
          </Suspense>
        ) : null}
      </div>
    </div>
  );
}
