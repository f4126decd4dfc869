/**
 * "Review queue": what the daily follow-up run left for this person. Drafts waiting for review,
 * grouped by channel (email, SMS, letter) with a channel filter, and the open tasks; opening an
 * item shows the same client view as the worklist. Loaded on first use (React.lazy); the pane's
 * frame holds the lists (`useReviewQueue`) so its tab can show how many items wait. Each item comes
 * with its client's name, its invoices and what the caller may do, so nothing else is read per
 * client; `/me` only tells which person the API names is "You".
 *
 * Someone else may handle an item first (a colleague, the partner, the same person in another
 * window): the API answers 409 ALREADY_DECIDED naming who and when, or 412; the view says so and
 * refreshes the lists.
 */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Field,
  Select,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { ApiError } from "../../../web-shared/api/http-client";
import { useLoad } from "../../../web-shared/react/use-load";
import type { DoneTask, QueueDraft } from "../api/types";
import { useServices } from "../app/services";
import { ClientView } from "../client/ClientView";
import { ApiErrorBar } from "../common/ApiErrorBar";
import { Loading } from "../common/Loading";
import { Section } from "../common/Section";
import { useLocale, useStrings } from "../i18n/strings";
import { DraftItem } from "./DraftItem";
import { DRAFT_CHANNELS, formatInstant, groupByChannel, handledByName, parseHandled } from "./queue-model";
import { useItemStyles } from "./styles";
import { TaskItem } from "./TaskItem";
import type { ReviewQueue } from "./use-review-queue";

const useStyles = makeStyles({
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: "8px" },
  title: { margin: 0, fontSize: tokens.fontSizeBase400 },
  group: { display: "flex", flexDirection: "column", gap: "6px", paddingTop: "4px" },
  groupTitle: { margin: 0, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  notice: { outline: "none", paddingBlock: "4px" },
  filter: { alignItems: "center" },
});

type Notice = { intent: "success" | "warning"; title?: string; text: string };
type Filter = "all" | (typeof DRAFT_CHANNELS)[number];

/** Whether a message is being written in Outlook, read when the lists (re)load: no second ItemChanged handler. */
function useComposing(reloaded: unknown): boolean {
  const { mailbox } = useServices();
  const [composing, setComposing] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `reloaded` is the moment to look again
  useEffect(() => {
    if (!mailbox) return;
    let live = true;
    mailbox.getItem().then(
      (item) => live && setComposing(item?.mode === "compose"),
      () => live && setComposing(false),
    );
    return () => {
      live = false;
    };
  }, [mailbox, reloaded]);
  return composing;
}

export default function ReviewQueueView(props: { queue: ReviewQueue }) {
  const s = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const itemStyles = useItemStyles();
  const { api } = useServices();
  const { queue } = props;
  const [me] = useLoad(() => api.me(), ["me"]);
  const [open, setOpen] = useState<string | null>(null);
  const [filter, setFilter] = useState<Filter>("all");
  const [notice, setNotice] = useState<Notice | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const composing = useComposing(queue.drafts);

  const drafts = queue.drafts.state === "ok" ? queue.drafts.value : [];
  const tasks = queue.tasks.state === "ok" ? queue.tasks.value : [];
  const who = me.state === "ok" ? me.value : undefined;

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  /** Someone else handled the item first (or it left the caller's portfolio): say who, refresh. */
  function onFailure(error: ApiError): boolean {
    if (error.kind !== "problem") return false;
    if (error.code === "ALREADY_DECIDED") {
      const handled = parseHandled(error.detail);
      const text = handled
        ? s.queue.handledBy(
            handledByName(handled.by, who, s.queue.you),
            s.queue.handledVerbs[handled.status] ?? handled.status,
            formatInstant(handled.at, locale),
          )
        : s.queue.changedFirst;
      setNotice({ intent: "warning", title: s.queue.alreadyHandled, text });
    } else if (error.code === "PRECONDITION_FAILED") setNotice({ intent: "warning", text: s.queue.changedFirst });
    else if (error.code === "NOT_FOUND") setNotice({ intent: "warning", text: s.queue.gone });
    else return false;
    queue.reload();
    return true;
  }

  function onDraftDone(action: string, draft: QueueDraft) {
    if (action === "approve") queue.replaceDraft(draft);
    else queue.removeDraft(draft.id);
    setNotice({ intent: "success", text: (s.queue.done[action] ?? s.queue.done.sent!)(draft.clientName) });
  }

  function onTaskDone(done: DoneTask) {
    const task = tasks.find((t) => t.id === done.id);
    queue.removeTask(done.id);
    setNotice({ intent: "success", text: s.queue.taskDone(task?.clientName ?? done.clientId) });
  }

  function refresh() {
    setNotice(null);
    queue.reload();
  }

  if (open) return <ClientView key={open} clientId={open} mode="browse" onBack={() => setOpen(null)} />;

  const groups = groupByChannel(drafts).filter((g) => filter === "all" || g.channel === filter);
  const countOf = (channel: string) => drafts.filter((d) => d.channel === channel).length;
  const bothEmpty =
    queue.drafts.state === "ok" && queue.tasks.state === "ok" && drafts.length === 0 && tasks.length === 0;

  return (
    <section aria-labelledby="queue-title">
      <div className={styles.header}>
        <h2 id="queue-title" className={styles.title}>
          {s.queue.title}
        </h2>
        <Button size="small" appearance="subtle" onClick={refresh} disabled={queue.refreshing}>
          {queue.refreshing ? s.queue.refreshing : s.queue.refresh}
        </Button>
      </div>
      <div ref={noticeRef} tabIndex={-1} className={styles.notice}>
        {notice ? (
          <MessageBar intent={notice.intent} layout="multiline">
            <MessageBarBody>
              {notice.title ? <MessageBarTitle>{notice.title}</MessageBarTitle> : null}
              {notice.text}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {queue.refreshError ? <ApiErrorBar error={queue.refreshError} onRetry={queue.reload} /> : null}
      </div>
      {queue.drafts.state === "loading" && queue.tasks.state === "loading" ? <Loading label={s.queue.loading} /> : null}
      {bothEmpty ? <p>{s.queue.empty}</p> : null}
      {!bothEmpty && queue.drafts.state !== "loading" ? (
        <Section title={s.queue.drafts(drafts.length)}>
          {queue.drafts.state === "error" ? <ApiErrorBar error={queue.drafts.error} onRetry={queue.reload} /> : null}
          {queue.drafts.state === "ok" && drafts.length === 0 ? <p>{s.queue.noDrafts}</p> : null}
          {drafts.length > 0 ? (
            <Field label={s.queue.filter} orientation="horizontal" size="small" className={styles.filter}>
              <Select size="small" value={filter} onChange={(_, d) => setFilter(d.value as Filter)}>
                <option value="all">{s.queue.all(drafts.length)}</option>
                {DRAFT_CHANNELS.map((c) => (
                  <option key={c} value={c}>
                    {s.queue.channelCount(s.queue.channels[c] ?? c, countOf(c))}
                  </option>
                ))}
              </Select>
            </Field>
          ) : null}
          {drafts.length > 0 && groups.length === 0 ? <p>{s.queue.noneInChannel[filter] ?? s.queue.noDrafts}</p> : null}
          {groups.map((g) => {
            const channel = s.queue.channels[g.channel] ?? g.channel;
            return (
              <div key={g.channel} className={styles.group}>
                <h4 className={styles.groupTitle}>{s.queue.channelCount(channel, g.drafts.length)}</h4>
                <ul className={itemStyles.list} aria-label={s.queue.channelList(channel)}>
                  {g.drafts.map((d) => (
                    <DraftItem
                      key={d.id}
                      draft={d}
                      me={who}
                      composing={composing}
                      onOpenClient={() => setOpen(d.clientId)}
                      onDone={onDraftDone}
                      onFailure={onFailure}
                    />
                  ))}
                </ul>
              </div>
            );
          })}
        </Section>
      ) : null}
      {!bothEmpty && queue.tasks.state !== "loading" ? (
        <Section title={s.queue.tasks(tasks.length)}>
          {queue.tasks.state === "error" ? <ApiErrorBar error={queue.tasks.error} onRetry={queue.reload} /> : null}
          {queue.tasks.state === "ok" && tasks.length === 0 ? <p>{s.queue.noTasks}</p> : null}
          {tasks.length > 0 ? (
            <ul className={itemStyles.list} aria-label={s.queue.taskList}>
              {tasks.map((t) => (
                <TaskItem
                  key={t.id}
                  task={t}
                  onOpenClient={() => setOpen(t.clientId)}
                  onDone={onTaskDone}
                  onFailure={onFailure}
                />
              ))}
            </ul>
          ) : null}
        </Section>
      ) : null}
    </section>
  );
}
