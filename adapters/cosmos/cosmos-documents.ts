/**
 * Workflow documents on Cosmos DB, all in the firm container (partition `/tenantId`) with id
 * `doc:<kind>:<id>`. One item per document makes every rule a single-item rule: `create` is a
 * Cosmos create (409 → CONFLICT), `replace` is a replace with `IfMatch` (412 → PRECONDITION_FAILED),
 * and every read is a point read or a single-partition query. See DESIGN.md for why documents do
 * not live in the client's ledger partition.
 */
import type { Stamp } from "../../core/domain/types";
import { fail, ok, type Result } from "../../core/errors/codes";
import type { DocumentStore, DocumentWriteOptions, NewDocument, StoredDocument } from "../../core/ports/store.port";
import { newStamp, touchStamp } from "../store-support";
import { type BaseItem, itemId } from "./cosmos-items";
import { forEachLimit, isStatus, withRetry } from "./cosmos-retry";
import type { TenantScope } from "./cosmos-scope";

interface DocItem extends BaseItem {
  kind: string;
  docId: string;
  data: unknown;
  stamp: Stamp;
}

const MAX_ATTEMPTS = 10;
/** Creates in flight at once in `createMany`, as for ledger writes. */
const PARALLEL = 16;

export function toStoredDocument<T>(item: DocItem): StoredDocument<T> {
  const doc: StoredDocument<T> = {
    kind: item.kind,
    id: item.docId,
    body: item.data as T,
    etag: item._etag ?? "",
    stamp: item.stamp,
  };
  if (item.clientId !== undefined) doc.clientId = item.clientId;
  return doc;
}

export class CosmosDocumentStore implements DocumentStore {
  constructor(
    private readonly scope: TenantScope,
    private readonly now: () => string,
  ) {}

  async get<T>(kind: string, id: string): Promise<StoredDocument<T> | undefined> {
    const item = await this.scope.read<DocItem>("firm", itemId("doc", kind, id));
    return item ? toStoredDocument<T>(item) : undefined;
  }

  async create<T>(
    kind: string,
    id: string,
    body: T,
    options: DocumentWriteOptions,
  ): Promise<Result<StoredDocument<T>>> {
    const item = this.item(kind, id, body, options.clientId, newStamp(options.actorId, this.now()));
    try {
      const { resource } = await withRetry(() => this.scope.firm.items.create(item));
      return ok(toStoredDocument<T>(resource as DocItem));
    } catch (error) {
      if (isStatus(error, 409)) return fail("CONFLICT", `${kind} already exists`);
      throw error;
    }
  }

  /**
   * Single-item creates, 16 in flight, each with `create`'s retry. A repeated id in the same call is
   * answered `CONFLICT` without a request: in flight together, the later copy could otherwise win.
   */
  async createMany<T>(
    kind: string,
    items: NewDocument<T>[],
    options: { actorId: string },
  ): Promise<Result<StoredDocument<T>>[]> {
    const results: Result<StoredDocument<T>>[] = new Array(items.length);
    const seen = new Set<string>();
    const pending: number[] = [];
    items.forEach((item, index) => {
      if (seen.has(item.id)) results[index] = fail("CONFLICT", `${kind} already exists`);
      else pending.push(index);
      seen.add(item.id);
    });
    await forEachLimit(pending, PARALLEL, async (index) => {
      const { id, body, clientId } = items[index]!;
      const placed = clientId === undefined ? { actorId: options.actorId } : { actorId: options.actorId, clientId };
      results[index] = await this.create(kind, id, body, placed);
    });
    return results;
  }

  async replace<T>(
    kind: string,
    id: string,
    body: T,
    options: DocumentWriteOptions & { ifMatch: string },
  ): Promise<Result<StoredDocument<T>>> {
    const current = await this.scope.read<DocItem>("firm", itemId("doc", kind, id));
    if (!current) return fail("NOT_FOUND", `${kind} does not exist`);
    if (current._etag !== options.ifMatch) return fail("PRECONDITION_FAILED", `${kind} was changed by someone else`);
    const clientId = options.clientId ?? current.clientId;
    const next = this.item(kind, id, body, clientId, touchStamp(current.stamp, options.actorId, this.now()));
    try {
      return ok(await this.write<T>(next, options.ifMatch));
    } catch (error) {
      if (isStatus(error, 412)) return fail("PRECONDITION_FAILED", `${kind} was changed by someone else`);
      if (isStatus(error, 404)) return fail("NOT_FOUND", `${kind} does not exist`);
      throw error;
    }
  }

  /** Read-then-conditional-write, so the creation stamp survives a concurrent writer. */
  async upsert<T>(kind: string, id: string, body: T, options: DocumentWriteOptions): Promise<StoredDocument<T>> {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      const current = await this.scope.read<DocItem>("firm", itemId("doc", kind, id));
      const at = this.now();
      if (!current) {
        const made = await this.create(kind, id, body, options);
        if (made.ok) return made.value;
        continue;
      }
      const clientId = options.clientId ?? current.clientId;
      const next = this.item(kind, id, body, clientId, touchStamp(current.stamp, options.actorId, at));
      try {
        return await this.write<T>(next, current._etag ?? "");
      } catch (error) {
        if (!isStatus(error, 412, 404)) throw error;
      }
    }
    throw new Error("documents.upsert: too much contention on one document");
  }

  async list<T>(kind: string, filter: { clientId?: string } = {}): Promise<StoredDocument<T>[]> {
    const where = ["c.type = @type", "c.kind = @kind"];
    const params: Record<string, string> = { type: "doc", kind };
    if (filter.clientId !== undefined) {
      where.push("c.clientId = @clientId");
      params.clientId = filter.clientId;
    }
    const items = await this.scope.query<DocItem>("firm", { where, params });
    return items.map((i) => toStoredDocument<T>(i));
  }

  async delete(kind: string, id: string): Promise<boolean> {
    try {
      await withRetry(() => this.scope.firm.item(itemId("doc", kind, id), this.scope.tenantId).delete());
      return true;
    } catch (error) {
      if (isStatus(error, 404)) return false;
      throw error;
    }
  }

  private item(kind: string, id: string, body: unknown, clientId: string | undefined, stamp: Stamp): DocItem {
    const item: DocItem = {
      id: itemId("doc", kind, id),
      type: "doc",
      tenantId: this.scope.tenantId,
      kind,
      docId: id,
      data: body,
      stamp,
    };
    if (clientId !== undefined) item.clientId = clientId;
    return item;
  }

  private async write<T>(item: DocItem, etag: string): Promise<StoredDocument<T>> {
    const target = this.scope.firm.item(item.id, this.scope.tenantId);
    const { resource } = await withRetry(() =>
      target.replace(item, { accessCondition: { type: "IfMatch", condition: etag } }),
    );
    return toStoredDocument<T>(resource as DocItem);
  }
}
