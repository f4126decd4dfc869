/**
 * One open task (a call, a partner task, a broken promise to follow up…): the client, what the
 * engine wrote, the due date and the invoices with today's balances (as the API lists them). "Log call" opens the client's existing log-call form
 * here (the same lazily loaded form as the client view's actions); "Mark done" completes the task
 * (POST /tasks/{id}/done).
 */
import { Badge, Button, Caption1, Link } from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import type { ApiError } from "../../../web-shared/api/http-client";
import { formatDate } from "../../../web-shared/format/display-format";
import type { DoneTask, QueueTask } from "../api/types";
import { useServices } from "../app/services";
import { ApiErrorBar } from "../common/ApiErrorBar";
import { Loading } from "../common/Loading";
import { useLocale, useStrings } from "../i18n/strings";
import { InvoiceFacts } from "./InvoiceFacts";
import { useItemStyles } from "./styles";

const NoteForm = lazy(() => import("../actions/forms/NoteForm"));

export interface TaskItemProps {
  task: QueueTask;
  onOpenClient: () => void;
  onDone: (task: DoneTask) => void;
  /** True when the view took care of the failure (someone else completed the task first). */
  onFailure: (error: ApiError) => boolean;
}

export function TaskItem(props: TaskItemProps) {
  const s = useStrings();
  const locale = useLocale();
  const styles = useItemStyles();
  const { api, today } = useServices();
  const { task } = props;
  const name = task.clientName ?? task.clientId;
  const [logging, setLogging] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const overdue = task.dueDate < today();

  async function complete() {
    setBusy(true);
    setError(null);
    const result = await api.completeTask(task.id);
    setBusy(false);
    if (result.ok) props.onDone(result.value);
    else if (!props.onFailure(result.error)) setError(result.error);
  }

  return (
    <li className={styles.item}>
      <div className={styles.head}>
        <Link as="button" className={styles.name} onClick={props.onOpenClient} aria-label={s.queue.openClient(name)}>
          {name}
        </Link>
        <Badge appearance="tint" color="brand">
          {s.queue.taskKinds[task.kind] ?? task.kind}
        </Badge>
        {overdue ? (
          <Badge appearance="tint" color="danger">
            {s.queue.overdue}
          </Badge>
        ) : null}
      </div>
      <span>{task.title}</span>
      <Caption1 className={styles.meta}>{s.queue.due(formatDate(task.dueDate, locale))}</Caption1>
      {task.invoices.length ? (
        <dl className={styles.facts}>
          <InvoiceFacts invoices={task.invoices} balancesAsOf="today" />
        </dl>
      ) : null}
      <div className={styles.buttons}>
        <Button
          size="small"
          aria-expanded={logging}
          aria-label={s.queue.logCallFor(name)}
          onClick={() => setLogging(!logging)}
        >
          {s.queue.logCall}
        </Button>
        <Button
          size="small"
          appearance="primary"
          disabled={busy}
          aria-label={s.queue.markDoneFor(name)}
          onClick={complete}
        >
          {busy ? s.queue.saving : s.queue.markDone}
        </Button>
      </div>
      {error ? <ApiErrorBar error={error} /> : null}
      {logging ? (
        <Suspense fallback={<Loading label={s.common.loading} size="tiny" />}>
          <NoteForm clientId={task.clientId} summary={undefined} currency="" onClose={() => setLogging(false)} />
        </Suspense>
      ) : null}
    </li>
  );
}
