/**
 * Tasks for people in the firm (a call, a partner task, a broken promise or missed installment to
 * follow up, a write-off review). Ids are deterministic where the engine makes them, so a rerun
 * finds the task instead of adding a second one.
 */
import { canSeeClient } from "../access/access";
import type { Client } from "../domain/types";
import { fail, ok, type Result } from "../errors/codes";
import { hasRole, type Principal } from "../ports/principal";
import type { TenantStore } from "../ports/store.port";
import { WF_DOC, WORKFLOW_ACTOR, type WorkflowTask } from "./documents";
import { alreadyHandled, clientInvoices, type QueueInvoice, queueInvoices, userNames } from "./drafts/queue-facts";

/** A task as `GET /tasks` answers it: its client by name and its invoices with number and today's balance. */
export interface QueueTaskItem extends WorkflowTask {
  /** Absent when the caller may not see the client (a manager's view of a task assigned elsewhere sees all). */
  clientName?: string;
  /** The task's invoices in its order, with today's balances; empty when the caller may not see the client. */
  invoices: QueueInvoice[];
  assignedToName?: string;
  doneByName?: string;
}

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

/** Open tasks assigned to the principal (managers may ask for anyone's), earliest due first. */
async function tasksFor(
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

/** Open tasks assigned to the principal (managers may ask for anyone's), with client names, invoices and people. */
export async function listTasks(
  store: TenantStore,
  principal: Principal,
  filter: { assignedTo?: string; status?: WorkflowTask["status"] } = {},
): Promise<QueueTaskItem[]> {
  const tasks = await tasksFor(store, principal, filter);
  const clients = new Map<string, Client>();
  for (const clientId of new Set(tasks.map((t) => t.clientId))) {
    const client = await store.getClient(clientId);
    if (client && canSeeClient(principal, client)) clients.set(clientId, client);
  }
  const [names, ledger] = await Promise.all([
    userNames(
      store,
      tasks.flatMap((t) => [t.assignedTo, t.doneBy]),
    ),
    clientInvoices(store, clients.keys()),
  ]);
  return tasks.map((task) => {
    const client = clients.get(task.clientId);
    const assignedToName = names.get(task.assignedTo);
    const doneByName = task.doneBy ? names.get(task.doneBy) : undefined;
    return {
      ...task,
      ...(client ? { clientName: client.name } : {}),
      invoices: client ? queueInvoices(task.invoiceIds, ledger) : [],
      ...(assignedToName ? { assignedToName } : {}),
      ...(doneByName ? { doneByName } : {}),
    };
  });
}

/** Open tasks assigned to the principal, counted without reading anything else: the queue's count. */
export async function countTasks(store: TenantStore, principal: Principal): Promise<number> {
  return (await tasksFor(store, principal)).length;
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
  if (doc.body.status === "done") {
    const { doneBy, doneAt } = doc.body;
    const byName = doneBy ? (await userNames(store, [doneBy])).get(doneBy) : undefined;
    return alreadyHandled({
      status: "completed",
      ...(doneBy ? { by: doneBy } : {}),
      ...(byName ? { byName } : {}),
      ...(doneAt ? { at: doneAt } : {}),
    });
  }
  const body: WorkflowTask = { ...doc.body, status: "done", doneBy: principal.userId, doneAt: now };
  const saved = await store.documents.replace(WF_DOC.task, id, body, {
    actorId: principal.userId,
    clientId: body.clientId,
    ifMatch: doc.etag,
  });
  return saved.ok ? ok(saved.value.body) : saved;
}
