/**
 * The DecisionService over the workflow's core use cases: the same functions the task pane and the
 * HTTP API call, so authority (the delegated-authority matrix), exactly-once and the effects (plan,
 * hold, write-off, audit, tasks) are decided in one place. This file only maps card inputs to them.
 */
import type { Escalation } from "../../core/actions/documents";
import { fail, ok, type Result } from "../../core/errors/codes";
import { checkAuthority } from "../../core/workflow/authority/authority";
import { loadWorkflowConfig } from "../../core/workflow/config/config-store";
import { type DecideEscalationResult, decideEscalation } from "../../core/workflow/decisions/decide-escalation";
import { holdUntil, reassignEscalation } from "../../core/workflow/decisions/hold-and-reassign";
import { approvePlan } from "../../core/workflow/plans/approve-plan";
import { approveWriteOff } from "../../core/workflow/writeoffs/approve-write-off";
import type { DecisionOutcome, DecisionService } from "./decision-service";

function toOutcome(result: Result<DecideEscalationResult>): Result<DecisionOutcome> {
  if (!result.ok) return result;
  return result.value.outcome === "decided"
    ? ok({ kind: "decided", escalation: result.value.escalation })
    : ok({ kind: "rerouted", escalation: result.value.escalation, reason: "over-authority" });
}

export const workflowDecisions: DecisionService = {
  async mayDecide(store, principal, routed: Pick<Escalation, "routedTo"> & { requester?: string }) {
    const { config } = await loadWorkflowConfig(store);
    const user = await store.getUser(principal.userId);
    const { routedTo, requester } = routed;
    return checkAuthority(principal, user, { routedTo, ...(requester ? { requester } : {}) }, config.authority).ok;
  },

  async decideRequest(store, principal, request, deps) {
    const { approve, note, terms } = request;
    const input = { approve, ...(note ? { note } : {}) };
    if (request.kind === "write-off") {
      if (terms) return fail("VALIDATION", "a write-off is approved or rejected as requested");
      const result = await approveWriteOff(store, principal, request.id, input, deps);
      return result.ok ? ok(request) : result;
    }
    const changed = terms
      ? { terms: { count: terms.installments, startDate: terms.startDate, amountMinor: terms.amountMinor } }
      : {};
    const result = await approvePlan(store, principal, request.id, { ...input, ...changed }, deps);
    return result.ok ? ok(request) : result;
  },

  async decide(store, principal, escalationId, input, deps) {
    switch (input.verb) {
      case "approveEscalation":
        return toOutcome(
          await decideEscalation(
            store,
            principal,
            escalationId,
            { option: input.option, ...(input.note ? { details: { note: input.note } } : {}) },
            deps,
          ),
        );
      case "approvePlan":
        return toOutcome(
          await decideEscalation(
            store,
            principal,
            escalationId,
            {
              option: "payment-plan",
              details: { count: input.installments, startDate: input.startDate, amountMinor: input.amountMinor },
            },
            deps,
          ),
        );
      case "holdUntil":
        return toOutcome(
          await holdUntil(store, principal, escalationId, { until: input.until, reason: input.reason }, deps),
        );
      case "approveWriteOff":
        return toOutcome(
          await decideEscalation(
            store,
            principal,
            escalationId,
            { option: "write-off", details: { amountMinor: input.amountMinor, reason: input.reason } },
            deps,
          ),
        );
      case "reassign": {
        const result = await reassignEscalation(
          store,
          principal,
          escalationId,
          { to: input.toUserId, ...(input.note ? { reason: input.note } : {}) },
          deps,
        );
        return result.ok ? ok({ kind: "rerouted", escalation: result.value, reason: "reassigned" }) : result;
      }
    }
  },
};
