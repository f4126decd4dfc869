/**
 * Exactly-once decisions. A decision is a compare-and-set on the document's etag: of two people
 * (or two clicks, two devices) deciding at once, one write wins and the other is told who decided
 * and when (`ALREADY_DECIDED`, "decided by X at T"). Side effects run only for the winner.
 */
import { fail, ok, type Result } from "../../errors/codes";
import type { StoredDocument, TenantStore } from "../../ports/store.port";

export interface Decidable {
  status: string;
  clientId: string;
  decision?: { decidedByName: string; decidedAt: string };
}

export function alreadyDecided(body: Decidable): Result<never> {
  const d = body.decision;
  return fail(
    "ALREADY_DECIDED",
    d ? `decided by ${d.decidedByName} at ${d.decidedAt}` : `it is already ${body.status}`,
    d ? { status: body.status, decision: d } : { status: body.status },
  );
}

/**
 * Loads the document, refuses if it is no longer `openStatus`, lets `decide` build the new body
 * (validation and authority included), and writes it only if nobody changed it since it was read.
 * `ifMatch` (the etag the person saw) makes a stale card lose even when it arrives first.
 */
export async function decideOnce<T extends Decidable>(
  store: TenantStore,
  target: { kind: string; id: string; openStatus: string; actorId: string; ifMatch?: string },
  decide: (current: StoredDocument<T>) => Promise<Result<T>>,
): Promise<Result<{ before: StoredDocument<T>; after: StoredDocument<T> }>> {
  const current = await store.documents.get<T>(target.kind, target.id);
  if (!current) return fail("NOT_FOUND", `no ${target.kind} ${target.id}`);
  if (current.body.status !== target.openStatus) return alreadyDecided(current.body);
  if (target.ifMatch !== undefined && target.ifMatch !== current.etag)
    return fail("PRECONDITION_FAILED", "it changed since you opened it; reload to see the current state");
  const next = await decide(current);
  if (!next.ok) return next;
  const saved = await store.documents.replace(target.kind, target.id, next.value, {
    actorId: target.actorId,
    clientId: current.body.clientId,
    ifMatch: current.etag,
  });
  if (saved.ok) return ok({ before: current, after: saved.value });
  const latest = await store.documents.get<T>(target.kind, target.id);
  if (latest && latest.body.status !== target.openStatus) return alreadyDecided(latest.body);
  return fail("PRECONDITION_FAILED", "someone else changed it first; reload and try again");
}
