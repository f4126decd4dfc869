/**
 * After a decision, people are told what to do: the specialist who asked learns the outcome (a task
 * in their list), and the option's own work goes to whoever does it (the partner's call or letter,
 * the committee's review, suspending new work).
 */
import type { ActionDeps, Escalation, EscalationOption } from "../../actions/documents";
import type { Client } from "../../domain/types";
import type { Principal } from "../../ports/principal";
import type { TenantStore } from "../../ports/store.port";
import { COMMITTEE } from "../authority/authority";
import { WORKFLOW_ACTOR } from "../documents";
import { createTask } from "../tasks";

const WORK: Partial<Record<EscalationOption, string>> = {
  "partner-call": "Call the client about the overdue balance",
  "partner-letter": "Sign the partner letter to the client",
  committee: "Review the account at the billing & collections committee",
  "suspend-work": "Suspend new work for the client until the balance is settled",
};

export async function decisionTasks(
  store: TenantStore,
  principal: Principal,
  escalation: Escalation,
  client: Client,
  option: EscalationOption | "decline",
  deps: ActionDeps,
): Promise<void> {
  const base = {
    clientId: client.id,
    dueDate: deps.asOf,
    invoiceIds: [],
    source: `escalation:${escalation.id}`,
    createdAt: deps.now,
  };
  const requester = escalation.requestedBy === WORKFLOW_ACTOR ? client.collectorId : escalation.requestedBy;
  if (requester)
    await tellRequesterTheOutcome(store, principal, deps, {
      requestId: escalation.id,
      clientId: client.id,
      requestedBy: requester,
      title: `Escalation on ${client.name} decided by ${principal.name}: ${option}`,
      invoiceIds: [],
      source: base.source,
    });
  const work = option === "decline" ? undefined : WORK[option];
  if (!work) return;
  const assignee =
    option === "committee"
      ? COMMITTEE
      : option === "suspend-work"
        ? (client.billingPartnerId ?? principal.userId)
        : principal.userId;
  await createTask(
    store,
    {
      ...base,
      id: `${escalation.id}|work`,
      kind: "partner-task",
      assignedTo: assignee,
      title: `${work}: ${client.name}`,
    },
    principal.userId,
  );
}

/**
 * Whoever asked for a decision (an escalation, a payment plan, a write-off) learns the outcome as a
 * task due today. One task per request: a retried decision finds it instead of adding another.
 */
export async function tellRequesterTheOutcome(
  store: TenantStore,
  principal: Principal,
  deps: ActionDeps,
  outcome: {
    requestId: string;
    clientId: string;
    requestedBy: string;
    title: string;
    invoiceIds: string[];
    source: string;
  },
): Promise<void> {
  await createTask(
    store,
    {
      id: `${outcome.requestId}|decided`,
      clientId: outcome.clientId,
      kind: "escalation-decided",
      assignedTo: outcome.requestedBy,
      title: outcome.title,
      dueDate: deps.asOf,
      invoiceIds: outcome.invoiceIds,
      source: outcome.source,
      createdAt: deps.now,
    },
    principal.userId,
  );
}
