/** In-memory workflow documents with the same create/etag semantics as the real stores. */
import { fail, ok, type Result } from "../../core/errors/codes";
import type { DocumentStore, DocumentWriteOptions, NewDocument, StoredDocument } from "../../core/ports/store.port";
import { newStamp, touchStamp } from "../store-support";

export type DocumentMap = Map<string, StoredDocument<unknown>>;

const keyOf = (kind: string, id: string) => JSON.stringify([kind, id]);

/** A write that leaves out the client keeps the document with the client it already has. */
function placement(options: DocumentWriteOptions, current: StoredDocument<unknown> | undefined): DocumentWriteOptions {
  const clientId = options.clientId ?? current?.clientId;
  return clientId === undefined ? { actorId: options.actorId } : { actorId: options.actorId, clientId };
}

export class MemoryDocumentStore implements DocumentStore {
  constructor(
    private readonly docs: DocumentMap,
    private readonly now: () => string,
    private readonly nextEtag: () => string,
  ) {}

  async get<T>(kind: string, id: string): Promise<StoredDocument<T> | undefined> {
    const doc = this.docs.get(keyOf(kind, id));
    return doc ? (structuredClone(doc) as StoredDocument<T>) : undefined;
  }

  async create<T>(
    kind: string,
    id: string,
    body: T,
    options: DocumentWriteOptions,
  ): Promise<Result<StoredDocument<T>>> {
    if (this.docs.has(keyOf(kind, id))) return fail("CONFLICT", `${kind} ${id} already exists`);
    return ok(this.write(kind, id, body, options, newStamp(options.actorId, this.now())));
  }

  async createMany<T>(
    kind: string,
    items: NewDocument<T>[],
    options: { actorId: string },
  ): Promise<Result<StoredDocument<T>>[]> {
    const stamp = newStamp(options.actorId, this.now());
    return items.map(({ id, body, clientId }) => {
      if (this.docs.has(keyOf(kind, id))) return fail("CONFLICT", `${kind} ${id} already exists`);
      const placed = clientId === undefined ? { actorId: options.actorId } : { actorId: options.actorId, clientId };
      return ok(this.write(kind, id, body, placed, { ...stamp }));
    });
  }

  async replace<T>(
    kind: string,
    id: string,
    body: T,
    options: DocumentWriteOptions & { ifMatch: string },
  ): Promise<Result<StoredDocument<T>>> {
    // No await between the check and the write: in one event loop this compare-and-set is atomic.
    const current = this.docs.get(keyOf(kind, id));
    if (!current) return fail("NOT_FOUND", `${kind} ${id} does not exist`);
    if (current.etag !== options.ifMatch)
      return fail("PRECONDITION_FAILED", `${kind} ${id} was changed by someone else`);
    const stamp = touchStamp(current.stamp, options.actorId, this.now());
    return ok(this.write(kind, id, body, placement(options, current), stamp));
  }

  async upsert<T>(kind: string, id: string, body: T, options: DocumentWriteOptions): Promise<StoredDocument<T>> {
    const current = this.docs.get(keyOf(kind, id));
    const at = this.now();
    const stamp = current ? touchStamp(current.stamp, options.actorId, at) : newStamp(options.actorId, at);
    return this.write(kind, id, body, placement(options, current), stamp);
  }

  async list<T>(kind: string, filter: { clientId?: string } = {}): Promise<StoredDocument<T>[]> {
    const found = [...this.docs.values()].filter(
      (d) => d.kind === kind && (filter.clientId === undefined || d.clientId === filter.clientId),
    );
    return structuredClone(found) as StoredDocument<T>[];
  }

  async delete(kind: string, id: string): Promise<boolean> {
    return this.docs.delete(keyOf(kind, id));
  }

  private write<T>(
    kind: string,
    id: string,
    body: T,
    options: DocumentWriteOptions,
    stamp: StoredDocument<T>["stamp"],
  ): StoredDocument<T> {
    const doc: StoredDocument<T> = { kind, id, body: structuredClone(body), etag: this.nextEtag(), stamp };
    if (options.clientId !== undefined) doc.clientId = options.clientId;
    this.docs.set(keyOf(kind, id), doc);
    return structuredClone(doc);
  }
}
