/**
 * Documents with optimistic concurrency. The compare-and-set is a single `UPDATE … WHERE etag = ?`,
 * so it holds across processes sharing the database file (the CLI beside the local host), not only
 * within one connection.
 */
import type { DatabaseSync } from "node:sqlite";
import { fail, ok, type Result } from "../../core/errors/codes";
import type { DocumentStore, DocumentWriteOptions, NewDocument, StoredDocument } from "../../core/ports/store.port";
import type { Stamp } from "../../core/domain/types";
import { newStamp, touchStamp } from "../store-support";

interface Row {
  kind: string;
  id: string;
  client_id: string | null;
  etag: string;
  body: string;
  stamp: string;
}

const INSERT_NEW = `INSERT INTO documents (tenant_id, kind, id, client_id, etag, body, stamp) VALUES (?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT DO NOTHING`;

function toDocument<T>(row: Row): StoredDocument<T> {
  const doc: StoredDocument<T> = {
    kind: row.kind,
    id: row.id,
    body: JSON.parse(row.body) as T,
    etag: row.etag,
    stamp: JSON.parse(row.stamp) as Stamp,
  };
  if (row.client_id !== null) doc.clientId = row.client_id;
  return doc;
}

export class SqliteDocumentStore implements DocumentStore {
  constructor(
    private readonly db: DatabaseSync,
    private readonly tenantId: string,
    private readonly now: () => string,
  ) {}

  private row(kind: string, id: string): Row | undefined {
    return this.db
      .prepare(
        "SELECT kind, id, client_id, etag, body, stamp FROM documents WHERE tenant_id = ? AND kind = ? AND id = ?",
      )
      .get(this.tenantId, kind, id) as Row | undefined;
  }

  async get<T>(kind: string, id: string): Promise<StoredDocument<T> | undefined> {
    const row = this.row(kind, id);
    return row ? toDocument<T>(row) : undefined;
  }

  async create<T>(
    kind: string,
    id: string,
    body: T,
    options: DocumentWriteOptions,
  ): Promise<Result<StoredDocument<T>>> {
    const stamp = newStamp(options.actorId, this.now());
    const result = this.db
      .prepare(INSERT_NEW)
      .run(this.tenantId, kind, id, options.clientId ?? null, newEtag(), JSON.stringify(body), JSON.stringify(stamp));
    if (result.changes === 0) return fail("CONFLICT", `${kind} ${id} already exists`);
    return ok(toDocument<T>(this.row(kind, id)!));
  }

  /**
   * One synchronous transaction (nothing can interleave with it, so it needs no `serialize`): ~13 µs
   * per item instead of one ~200 µs commit each. The row is built from what was inserted, not re-read.
   */
  async createMany<T>(
    kind: string,
    items: NewDocument<T>[],
    options: { actorId: string },
  ): Promise<Result<StoredDocument<T>>[]> {
    if (items.length === 0) return [];
    const stamp = JSON.stringify(newStamp(options.actorId, this.now()));
    const insert = this.db.prepare(INSERT_NEW);
    const results: Result<StoredDocument<T>>[] = [];
    this.db.exec("BEGIN IMMEDIATE");
    try {
      for (const item of items) {
        const row: Row = {
          kind,
          id: item.id,
          client_id: item.clientId ?? null,
          etag: newEtag(),
          body: JSON.stringify(item.body),
          stamp,
        };
        const result = insert.run(this.tenantId, kind, row.id, row.client_id, row.etag, row.body, row.stamp);
        results.push(
          result.changes === 0 ? fail("CONFLICT", `${kind} ${item.id} already exists`) : ok(toDocument<T>(row)),
        );
      }
      this.db.exec("COMMIT");
    } catch (error) {
      this.db.exec("ROLLBACK");
      throw error;
    }
    return results;
  }

  async replace<T>(
    kind: string,
    id: string,
    body: T,
    options: DocumentWriteOptions & { ifMatch: string },
  ): Promise<Result<StoredDocument<T>>> {
    const current = this.row(kind, id);
    if (!current) return fail("NOT_FOUND", `${kind} ${id} does not exist`);
    const stamp = touchStamp(JSON.parse(current.stamp) as Stamp, options.actorId, this.now());
    const result = this.db
      .prepare(
        `UPDATE documents SET etag = ?, body = ?, stamp = ?, client_id = ?
         WHERE tenant_id = ? AND kind = ? AND id = ? AND etag = ?`,
      )
      .run(
        newEtag(),
        JSON.stringify(body),
        JSON.stringify(stamp),
        options.clientId ?? current.client_id,
        this.tenantId,
        kind,
        id,
        options.ifMatch,
      );
    if (result.changes === 0) return fail("PRECONDITION_FAILED", `${kind} ${id} was changed by someone else`);
    return ok(toDocument<T>(this.row(kind, id)!));
  }

  async upsert<T>(kind: string, id: string, body: T, options: DocumentWriteOptions): Promise<StoredDocument<T>> {
    const at = this.now();
    const created = newStamp(options.actorId, at);
    // On conflict the stamp is touched (touchStamp's rule) in SQL, so the upsert stays one statement.
    this.db
      .prepare(
        `INSERT INTO documents (tenant_id, kind, id, client_id, etag, body, stamp) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (tenant_id, kind, id) DO UPDATE SET etag = excluded.etag, body = excluded.body,
           client_id = COALESCE(excluded.client_id, documents.client_id),
           stamp = json_set(documents.stamp, '$.updatedAt', ?, '$.updatedBy', ?)`,
      )
      .run(
        this.tenantId,
        kind,
        id,
        options.clientId ?? null,
        newEtag(),
        JSON.stringify(body),
        JSON.stringify(created),
        at,
        options.actorId,
      );
    return toDocument<T>(this.row(kind, id)!);
  }

  async list<T>(kind: string, filter: { clientId?: string } = {}): Promise<StoredDocument<T>[]> {
    const rows =
      filter.clientId === undefined
        ? this.db
            .prepare(
              "SELECT kind, id, client_id, etag, body, stamp FROM documents WHERE tenant_id = ? AND kind = ? ORDER BY id",
            )
            .all(this.tenantId, kind)
        : this.db
            .prepare(
              `SELECT kind, id, client_id, etag, body, stamp FROM documents INDEXED BY documents_client
               WHERE tenant_id = ? AND kind = ? AND client_id = ? ORDER BY id`,
            )
            .all(this.tenantId, kind, filter.clientId);
    return (rows as unknown as Row[]).map((r) => toDocument<T>(r));
  }

  async delete(kind: string, id: string): Promise<boolean> {
    const result = this.db
      .prepare("DELETE FROM documents WHERE tenant_id = ? AND kind = ? AND id = ?")
      .run(this.tenantId, kind, id);
    return result.changes > 0;
  }
}

function newEtag(): string {
  return globalThis.crypto.randomUUID();
}
