/**
 * A person's direct control over one client's reminders: pause (until a date or until resumed),
 * resume, or mark the client's reply handled. Concurrent changes (two collectors, or a person and
 * the engine) all land: each is a compare-and-set retried on top of the other, and each appends to
 * the state's log and to the audit trail.
 */
import { loadVisibleClient } from "../../access/access";
import { audit } from "../../actions/audit";
import type { ActionDeps } from "../../actions/documents";
import { optionalText, requireDate } from "../../actions/validate";
import { fail, ok, type Result } from "../../errors/codes";
import type { Principal } from "../../ports/principal";
import type { TenantStore } from "../../ports/store.port";
import { type SequenceState, WF_DOC } from "../documents";
import { updateDocument } from "../update-document";

export type SequenceAction = "pause" | "resume" | "reply-handled";
const ACTIONS: readonly SequenceAction[] = ["pause", "resume", "reply-handled"];

export async function changeSequenceState(
  store: TenantStore,
  principal: Principal,
  clientId: string,
  input: { action: unknown; until?: unknown; reason?: unknown },
  deps: ActionDeps,
): Promise<Result<SequenceState>> {
  const client = await loadVisibleClient(store, principal, clientId);
  if (!client.ok) return client;
  if (!ACTIONS.includes(input.action as SequenceAction))
    return fail("VALIDATION", `action must be one of ${ACTIONS.join(", ")}`);
  const action = input.action as SequenceAction;
  let until: string | undefined;
  if (action === "pause" && input.until !== undefined) {
    const date = requireDate(input.until, "until");
    if (!date.ok) return date;
    if (date.value <= deps.asOf) return fail("VALIDATION", "until must be a future date");
    until = date.value;
  }
  const reason = optionalText(input.reason, 500);
  const entry = { action, by: principal.userId, at: deps.now, ...(reason ? { reason } : {}) };
  const saved = await updateDocument<SequenceState>(
    store,
    { kind: WF_DOC.sequenceState, id: clientId, clientId, actorId: principal.userId },
    (current) => {
      const state: SequenceState = current ? { ...current, log: [...current.log, entry] } : { clientId, log: [entry] };
      if (action === "pause")
        state.paused = {
          reason: reason ?? "paused by a person",
          by: principal.userId,
          at: deps.now,
          ...(until ? { until } : {}),
        };
      if (action === "resume") delete state.paused;
      if (action === "reply-handled") state.replyHandledAt = deps.now;
      return state;
    },
  );
  if (!saved.ok) return saved;
  const summary =
    action === "pause"
      ? `Reminders paused${until ? ` until ${until}` : ""}${reason ? `: ${reason}` : ""}`
      : action === "resume"
        ? "Reminders resumed"
        : "Client reply handled";
  await audit(store, principal, deps, {
    clientId,
    kind: action === "pause" ? "hold" : "note",
    summary,
    data: { sequenceAction: action },
  });
  return ok(saved.value.body);
}

export async function getSequenceState(
  store: TenantStore,
  principal: Principal,
  clientId: string,
): Promise<Result<SequenceState>> {
  const client = await loadVisibleClient(store, principal, clientId);
  if (!client.ok) return client;
  const doc = await store.documents.get<SequenceState>(WF_DOC.sequenceState, clientId);
  return ok(doc?.body ?? { clientId, log: [] });
}
