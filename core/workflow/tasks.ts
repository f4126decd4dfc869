/**
 * Tasks for people in the firm (a call, a partner task, a broken promise or missed installment to
 * follow up, a write-off review). Ids are deterministic where the engine makes them, so a rerun
 * finds the task instead of adding a second one.
 */
import { fail, ok, type Result } from "../errors/codes";
import { hasRole, type Principal } from "../ports/principal";
import type { TenantStore } from "../ports/store.port";
import { WF_DOC, WORKFLOW_ACTOR, type WorkflowTask } from "./documents";

/** Creates the task unless one with this id exists; `true` when it was created now. */
export async function createTask(
  store: TenantStore,
  task: Omit<WorkflowTask, "status">,
  actorId: string = WORKFLOW_ACTOR,
): Promise<boolean> {
  const created = await store.documents.create<WorkflowTask>(
    WF_DOC.task,
    task.id,
    { ...task, status: "open" },
    { actorId, clientId: task.clientId },
  );
  return created.ok;
}

/** Open tasks assigned to the principal (managers may ask for anyone's). */
export async function listTasks(
  store: TenantStore,
  principal: Principal,
  filter: { assignedTo?: string; status?: WorkflowTask["status"] } = {},
): Promise<WorkflowTask[]> {
  const who = filter.assignedTo ?? principal.userId;
  if (who !== principal.userId && !hasRole(principal, "manager", "admin")) return [];
  const docs = await store.documents.list<WorkflowTask>(WF_DOC.task);
  return docs
    .map((d) => d.body)
    .filter((t) => t.assignedTo === who && t.status === (filter.status ?? "open"))
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
}

/** Marks a task done; only its assignee or a manager may, and a task is completed once. */
export async function completeTask(
  store: TenantStore,
  principal: Principal,
  id: string,
  now: string,
): Promise<Result<WorkflowTask>> {
  const doc = await store.documents.get<WorkflowTask>(WF_DOC.task, id);
  if (!doc) return fail("NOT_FOUND", `no task ${id}`);
  if (doc.body.assignedTo !== principal.userId && !hasRole(principal, "manager", "admin"))
    return fail("FORBIDDEN", "only the assignee or a manager may complete this task");
  if (doc.body.status === "done")
    return fail("ALREADY_DECIDED", `completed by ${doc.body.doneBy} at ${doc.body.doneAt}`);
  const body: WorkflowTask = { ...doc.body, status: "done", doneBy: principal.userId, doneAt: now };
  const saved = await store.documents.replace(WF_DOC.task, id, body, {
    actorId: principal.userId,
    clientId: body.clientId,
    ifMatch: doc.etag,
  });
  return saved.ok ? ok(saved.value.body) : saved;
}
