/** Pause every reminder to a client until a date, with a reason (e.g. "partner negotiating"). */
import { loadVisibleClient } from "../access/access";
import { fail, ok, type Result } from "../errors/codes";
import type { Principal } from "../ports/principal";
import type { TenantStore } from "../ports/store.port";
import { audit } from "./audit";
import { type ActionDeps, DOC, type Hold } from "./documents";
import { requireDate, requireText } from "./validate";

export async function placeHold(
  store: TenantStore,
  principal: Principal,
  clientId: string,
  input: { until: unknown; reason: unknown },
  deps: ActionDeps,
): Promise<Result<Hold>> {
  const client = await loadVisibleClient(store, principal, clientId);
  if (!client.ok) return client;
  const until = requireDate(input.until, "until");
  if (!until.ok) return until;
  if (until.value <= deps.asOf) return fail("VALIDATION", "until must be a future date");
  const reason = requireText(input.reason, "reason", 500);
  if (!reason.ok) return reason;
  return recordHold(store, principal, clientId, { until: until.value, reason: reason.value }, deps);
}

/**
 * Writes a validated hold and its audit record. Callers check who may act first: `placeHold` the
 * client's visibility, an escalation decision the decider's authority (a partner it was reassigned to).
 */
export async function recordHold(
  store: TenantStore,
  principal: Principal,
  clientId: string,
  input: { until: string; reason: string },
  deps: ActionDeps,
): Promise<Result<Hold>> {
  await audit(store, principal, deps, {
    clientId,
    kind: "hold",
    summary: `Reminders paused until ${input.until}: ${input.reason}`,
    data: { until: input.until },
  });
  const hold: Hold = {
    id: deps.newId(),
    clientId,
    until: input.until,
    reason: input.reason,
    status: "active",
    placedBy: principal.userId,
    placedAt: deps.now,
  };
  const created = await store.documents.create(DOC.hold, hold.id, hold, { actorId: principal.userId, clientId });
  return created.ok ? ok(created.value.body) : created;
}
