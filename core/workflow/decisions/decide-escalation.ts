/**
 * A partner's decision on an escalation, from a Teams card, the task pane or the API: exactly once.
 * Only the person it is routed to, a manager above them, or (for the committee) a committee member
 * may decide. An option whose amount is above the decider's authority is not refused outright: it
 * is routed up the matrix (manager, then committee) with the option attached as a proposal.
 *
 * Nothing about the escalation (its state, who decided it, what the client owes) is told before the
 * principal is known to see it and to be one who may decide it. An option that commits an amount
 * (a payment plan, a write-off) is never decided by whoever asked for the escalation (four eyes).
 */
import { audit } from "../../actions/audit";
import {
  type ActionDeps,
  ESCALATION_OPTIONS,
  type Escalation,
  type EscalationOption,
  DOC,
} from "../../actions/documents";
import { fail, ok, type Result } from "../../errors/codes";
import type { Principal } from "../../ports/principal";
import type { TenantStore } from "../../ports/store.port";
import { routeApproval } from "../authority/authority";
import { loadWorkflowConfig } from "../config/config-store";
import { alreadyDecided } from "./decide-once";
import { decideWithAuthority, loadForDecision } from "./decide-with-authority";
import { type AppliedEffect, applyEffect, prepareEffect } from "./escalation-effects";
import { decisionTasks } from "./decision-tasks";

export interface DecideEscalationInput {
  option: unknown;
  details?: unknown;
  ifMatch?: string;
}

export type DecideEscalationResult =
  | { outcome: "decided"; escalation: Escalation; effects: AppliedEffect }
  | { outcome: "routed"; escalation: Escalation; routedTo: string; level: string };

const OPTIONS: readonly string[] = [...ESCALATION_OPTIONS, "decline"];

export async function decideEscalation(
  store: TenantStore,
  principal: Principal,
  escalationId: string,
  input: DecideEscalationInput,
  deps: ActionDeps,
): Promise<Result<DecideEscalationResult>> {
  if (typeof input.option !== "string" || !OPTIONS.includes(input.option))
    return fail("VALIDATION", `option must be one of ${OPTIONS.join(", ")}`);
  const option = input.option as EscalationOption | "decline";
  const details = (typeof input.details === "object" && input.details !== null ? input.details : {}) as Record<
    string,
    unknown
  >;
  const { config } = await loadWorkflowConfig(store);
  const [user, users] = await Promise.all([store.getUser(principal.userId), store.listUsers()]);
  const first = await loadForDecision<Escalation>(
    store,
    principal,
    { kind: DOC.escalation, id: escalationId },
    { user, config: config.authority },
  );
  if (!first.ok) return first;
  if (first.value.body.status !== "pending") return alreadyDecided(first.value.body);
  const client = await store.getClient(first.value.body.clientId);
  if (!client) return fail("NOT_FOUND", `no escalation ${escalationId}`);
  const effect = await prepareEffect(store, client, first.value.body, option, details, config, deps);
  if (!effect.ok) return effect;
  const amount = "amountMinor" in effect.value ? effect.value : undefined;
  const decided = await decideWithAuthority<Escalation>(
    store,
    principal,
    { kind: DOC.escalation, id: escalationId, openStatus: "pending", ifMatch: input.ifMatch },
    {
      user,
      config: config.authority,
      commits: () => amount,
      // A plan or write-off decided here is approved at once: not by the one who asked for it.
      requester: (e) => (amount ? e.requestedBy : undefined),
    },
    ({ proposal: _done, ...rest }) => ({
      ...rest,
      status: "decided" as const,
      decision: {
        option,
        decidedBy: principal.userId,
        decidedByName: principal.name,
        decidedAt: deps.now,
        ...(Object.keys(details).length ? { details } : {}),
      },
    }),
  );
  if (!decided.ok && decided.code === "OVER_AUTHORITY" && amount) {
    const route = routeApproval(amount.amountMinor, amount.action, client, users, config.authority);
    return routeUp(
      store,
      principal,
      escalationId,
      { option: option as EscalationOption, details, amountMinor: amount.amountMinor },
      route,
      deps,
    );
  }
  if (!decided.ok) return decided;
  const escalation = decided.value.after.body;
  const effects = await applyEffect(store, principal, escalation, effect.value, deps);
  await audit(store, principal, deps, {
    clientId: escalation.clientId,
    kind: "decision",
    summary: `Escalation decided by ${principal.name}: ${option}`,
    data: { escalationId, option, ...(Object.keys(details).length ? { details } : {}), ...effects },
  });
  await decisionTasks(store, principal, escalation, client, option, deps);
  return ok({ outcome: "decided", escalation, effects });
}

async function routeUp(
  store: TenantStore,
  principal: Principal,
  escalationId: string,
  proposal: { option: EscalationOption; details: Record<string, unknown>; amountMinor: number },
  route: { routedTo: string; level: string },
  deps: ActionDeps,
): Promise<Result<DecideEscalationResult>> {
  const current = await store.documents.get<Escalation>(DOC.escalation, escalationId);
  if (!current) return fail("NOT_FOUND", `no escalation ${escalationId}`);
  if (current.body.status !== "pending") return alreadyDecided(current.body);
  const body: Escalation = {
    ...current.body,
    routedTo: route.routedTo,
    proposal: { ...proposal, proposedBy: principal.userId, proposedAt: deps.now },
  };
  const saved = await store.documents.replace(DOC.escalation, escalationId, body, {
    actorId: principal.userId,
    clientId: body.clientId,
    ifMatch: current.etag,
  });
  if (!saved.ok) return fail("PRECONDITION_FAILED", "someone else changed it first; reload and try again");
  await audit(store, principal, deps, {
    clientId: body.clientId,
    kind: "decision",
    summary: `${principal.name} proposed ${proposal.option}; above their authority, routed to ${route.level} ${route.routedTo}`,
    data: { escalationId, proposal: proposal.option, amountMinor: proposal.amountMinor, routedTo: route.routedTo },
  });
  return ok({ outcome: "routed", escalation: saved.value.body, routedTo: route.routedTo, level: route.level });
}
