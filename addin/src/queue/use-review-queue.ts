/**
 * The review queue's data, held by the pane's frame so the navigation can show how many items wait
 * while the view itself is loaded only when opened (React.lazy). The badge reads the counts alone
 * (GET /queue/summary: no draft bodies); the lists load when the queue is opened (`reload`), and
 * from then on the count follows them. Drafts and tasks load side by side and separately: a task
 * list that fails does not hide the drafts. A reload keeps the current lists on screen until the
 * new answers arrive, and an answer older than the latest reload is dropped.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { ApiError, ApiResult } from "../../../web-shared/api/http-client";
import type { Loadable } from "../../../web-shared/react/use-load";
import type { NudgeApi } from "../api/nudge-api";
import type { QueueDraft, QueueSummary, QueueTask } from "../api/types";

export interface ReviewQueue {
  /** "loading" until the queue is first opened (`reload`). */
  drafts: Loadable<QueueDraft[]>;
  tasks: Loadable<QueueTask[]>;
  /** Drafts plus tasks waiting: from the lists once loaded, from the counts before; undefined until known. */
  count: number | undefined;
  /** True while a reload is under way (the previous lists stay visible). */
  refreshing: boolean;
  /** Why the last reload failed while a list was already shown (that list stays); cleared by a good answer. */
  refreshError: ApiError | undefined;
  /** Reads the lists (again). */
  reload(): void;
  /** After the API confirmed a change: a handled draft leaves, an approved one is replaced. */
  removeDraft(id: string): void;
  replaceDraft(draft: QueueDraft): void;
  removeTask(id: string): void;
}

const LOADING = { state: "loading" } as const;

function loaded<T>(result: ApiResult<T>): Loadable<T> {
  return result.ok ? { state: "ok", value: result.value } : { state: "error", error: result.error };
}

/** Each part from its list when that loaded, else from the counts; undefined when neither is known. */
export function queueCount(
  drafts: Loadable<unknown[]>,
  tasks: Loadable<unknown[]>,
  summary?: Pick<QueueSummary, "drafts" | "tasks">,
): number | undefined {
  const d = drafts.state === "ok" ? drafts.value.length : summary?.drafts;
  const t = tasks.state === "ok" ? tasks.value.length : summary?.tasks;
  return d === undefined && t === undefined ? undefined : (d ?? 0) + (t ?? 0);
}

/** A part of the queue: what is shown, and why the last reload failed while a list stayed shown. */
interface Part<T> {
  shown: Loadable<T>;
  failed?: ApiError;
}

/** After an answer: a failed reload keeps the list the person is working on; a first load shows the error. */
function settlePart<T>(current: Part<T>, result: ApiResult<T>): Part<T> {
  if (!result.ok && current.shown.state === "ok") return { shown: current.shown, failed: result.error };
  return { shown: loaded(result) };
}

function editList<T>(part: Part<T[]>, edit: (list: T[]) => T[]): Part<T[]> {
  return part.shown.state === "ok" ? { ...part, shown: { state: "ok", value: edit(part.shown.value) } } : part;
}

export function useReviewQueue(api: NudgeApi): ReviewQueue {
  const [drafts, setDrafts] = useState<Part<QueueDraft[]>>({ shown: LOADING });
  const [tasks, setTasks] = useState<Part<QueueTask[]>>({ shown: LOADING });
  const [summary, setSummary] = useState<QueueSummary | undefined>(undefined);
  const [pending, setPending] = useState(0);
  const latest = useRef(0);

  // The badge: counts only, once when the pane opens.
  useEffect(() => {
    let live = true;
    api.queueSummary().then((r) => {
      if (live && r.ok) setSummary(r.value);
    });
    return () => {
      live = false;
    };
  }, [api]);

  const reload = useCallback(() => {
    const mine = ++latest.current;
    setPending((n) => n + 2);
    const settle =
      <T>(set: (change: (current: Part<T>) => Part<T>) => void) =>
      (result: ApiResult<T>) => {
        setPending((n) => n - 1);
        // An answer older than the latest reload is dropped.
        if (mine === latest.current) set((current) => settlePart(current, result));
      };
    api.drafts().then(settle(setDrafts));
    api.tasks().then(settle(setTasks));
  }, [api]);

  useEffect(
    () => () => {
      latest.current = -1;
    },
    [],
  );

  const removeDraft = useCallback(
    (id: string) => setDrafts((d) => editList(d, (list) => list.filter((x) => x.id !== id))),
    [],
  );
  const replaceDraft = useCallback(
    (draft: QueueDraft) => setDrafts((d) => editList(d, (list) => list.map((x) => (x.id === draft.id ? draft : x)))),
    [],
  );
  const removeTask = useCallback(
    (id: string) => setTasks((t) => editList(t, (list) => list.filter((x) => x.id !== id))),
    [],
  );

  return {
    drafts: drafts.shown,
    tasks: tasks.shown,
    count: queueCount(drafts.shown, tasks.shown, summary),
    refreshing: pending > 0,
    refreshError: drafts.failed ?? tasks.failed,
    reload,
    removeDraft,
    replaceDraft,
    removeTask,
  };
}
