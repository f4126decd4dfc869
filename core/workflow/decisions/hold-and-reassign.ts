/**
 * The two other card actions. `holdUntil` is a decision (option `hold`): reminders pause until the
 * date. `reassign` hands a pending escalation to another partner or a manager without deciding it;
 * it is a compare-and-set too, so it cannot overwrite a decision made meanwhile. Like a decision, it
 * tells nothing about the escalation to whoever may not see it or may not decide it.
 */
import { audit } from "../../actions/audit";
import { type ActionDeps, DOC, type Escalation } from "../../actions/documents";
import { optionalText } from "../../actions/validate";
import { fail, ok, type Result } from "../../errors/codes";
import type { Principal } from "../../ports/principal";
import type { TenantStore } from "../../ports/store.port";
import { loadWorkflowConfig } from "../config/config-store";
import { alreadyDecided } from "./decide-once";
import { type DecideEscalationResult, decideEscalation } from "./decide-escalation";
import { loadForDecision } from "./decide-with-authority";

export function holdUntil(
  store: TenantStore,
  principal: Principal,
  escalationId: string,
  input: { until: unknown; reason?: unknown; ifMatch?: string },
  deps: ActionDeps,
): Promise<Result<DecideEscalationResult>> {
  return decideEscalation(
    store,
    principal,
    escalationId,
    {
      option: "hold",
      details: { until: input.until, ...(input.reason === undefined ? {} : { reason: input.reason }) },
      ...(input.ifMatch ? { ifMatch: input.ifMatch } : {}),
    },
    deps,
  );
}

export async function reassignEscalation(
  store: TenantStore,
  principal: Principal,
  escalationId: string,
  input: { to: unknown; reason?: unknown; ifMatch?: string },
  deps: ActionDeps,
): Promise<Result<Escalation>> {
  if (typeof input.to !== "string" || !input.to) return fail("VALIDATION", "to must be a user id");
  const target = await store.getUser(input.to);
  if (!target?.roles.some((r) => r === "partner" || r === "manager"))
    return fail("VALIDATION", "an escalation can be reassigned to a partner or a manager only");
  const { config } = await loadWorkflowConfig(store);
  const allowed = await loadForDecision<Escalation>(
    store,
    principal,
    { kind: DOC.escalation, id: escalationId },
    { user: await store.getUser(principal.userId), config: config.authority },
  );
  if (!allowed.ok) return allowed;
  const current = allowed.value;
  if (current.body.status !== "pending") return alreadyDecided(current.body);
  if (input.ifMatch !== undefined && input.ifMatch !== current.etag)
    return fail("PRECONDITION_FAILED", "it changed since you opened it; reload to see the current state");
  const body: Escalation = { ...current.body, routedTo: target.id };
  const saved = await store.documents.replace(DOC.escalation, escalationId, body, {
    actorId: principal.userId,
    clientId: body.clientId,
    ifMatch: current.etag,
  });
  if (!saved.ok) {
    const latest = await store.documents.get<Escalation>(DOC.escalation, escalationId);
    return latest && latest.body.status !== "pending"
      ? alreadyDecided(latest.body)
      : fail("PRECONDITION_FAILED", "someone else changed it first");
  }
  const note = optionalText(input.reason, 300);
  const reason = note ? `: ${note}` : "";
  await audit(store, principal, deps, {
    clientId: body.clientId,
    kind: "decision",
    summary: `Escalation reassigned from ${current.body.routedTo} to ${target.displayName} by ${principal.name}${reason}`,
    data: { escalationId, from: current.body.routedTo, to: target.id },
  });
  return ok(saved.value.body);
}
