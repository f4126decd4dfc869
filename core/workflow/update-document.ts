/**
 * Read-modify-write without lost updates: the write is a compare-and-set on the etag read, and a
 * lost race re-reads and re-applies the change on top of the winner's. Used for documents several
 * people (and the engine) update at once, such as a client's sequence state.
 */
import { fail, ok, type Result } from "../errors/codes";
import type { StoredDocument, TenantStore } from "../ports/store.port";

export async function updateDocument<T>(
  store: TenantStore,
  target: { kind: string; id: string; clientId?: string; actorId: string },
  /** The new body, or `null` to stop without writing (the current document is returned). */
  change: (current: T | undefined) => T | null,
  attempts = 16,
): Promise<Result<StoredDocument<T>>> {
  const options = { actorId: target.actorId, ...(target.clientId ? { clientId: target.clientId } : {}) };
  for (let i = 0; i < attempts; i++) {
    const current = await store.documents.get<T>(target.kind, target.id);
    const next = change(current?.body);
    if (next === null) return current ? ok(current) : fail("NOT_FOUND", `${target.kind} ${target.id} does not exist`);
    const saved = current
      ? await store.documents.replace(target.kind, target.id, next, { ...options, ifMatch: current.etag })
      : await store.documents.create(target.kind, target.id, next, options);
    if (saved.ok) return saved;
    if (saved.code !== "PRECONDITION_FAILED" && saved.code !== "CONFLICT") return saved;
  }
  return fail("PRECONDITION_FAILED", `${target.kind} ${target.id} kept changing; try again`);
}
