/**
 * Upserts ledger records by id inside the caller's transaction, counting created / updated /
 * unchanged. A record equal to the stored one (ignoring `stamp`) is not rewritten, so a re-import
 * of the same file leaves the database byte-for-byte as it was.
 */
import type { DatabaseSync, StatementSync } from "node:sqlite";
import type { Stamp } from "../../core/domain/types";
import type { UpsertCounts } from "../../core/ports/store.port";
import { canonicalJson } from "../../core/audit/hash-chain";
import { newStamp, touchStamp } from "../store-support";

export interface EntitySpec<T> {
  table: "users" | "clients" | "matters" | "invoices" | "payments" | "credits";
  /** Extra indexed columns, in the order of the table's DDL, after client_id. */
  columns: string[];
  values(record: T): (string | number | null)[];
  clientId(record: T): string | null;
  /** Keeps side tables (e.g. client e-mail lookup) in step with a written record. */
  afterWrite?(tenantId: string, record: T): void;
}

export function withoutStamp<T extends { stamp?: Stamp }>(record: T): Omit<T, "stamp"> {
  const { stamp: _stamp, ...rest } = record;
  return rest;
}

export function parseRow<T>(row: Record<string, unknown>): T {
  const body = JSON.parse(String(row.body)) as T;
  return { ...body, stamp: JSON.parse(String(row.stamp)) as Stamp };
}

export class EntityWriter<T extends { id: string; stamp?: Stamp }> {
  private readonly select: StatementSync;
  private readonly insert: StatementSync;
  private readonly update: StatementSync;

  constructor(
    db: DatabaseSync,
    private readonly spec: EntitySpec<T>,
  ) {
    const cols = ["tenant_id", "id", "client_id", ...spec.columns, "body", "stamp"];
    this.select = db.prepare(`SELECT body, stamp FROM ${spec.table} WHERE tenant_id = ? AND id = ?`);
    this.insert = db.prepare(`INSERT INTO ${spec.table} (${cols.join(",")}) VALUES (${cols.map(() => "?").join(",")})`);
    const sets = ["client_id", ...spec.columns, "body", "stamp"].map((c) => `${c} = ?`).join(", ");
    this.update = db.prepare(`UPDATE ${spec.table} SET ${sets} WHERE tenant_id = ? AND id = ?`);
  }

  /** `onRecord` runs after each record is handled (progress reporting). */
  upsert(
    tenantId: string,
    records: T[],
    actorId: string,
    now: string,
    counts: UpsertCounts,
    onRecord?: () => void,
  ): void {
    for (const record of records) {
      this.upsertOne(tenantId, record, actorId, now, counts);
      onRecord?.();
    }
  }

  private upsertOne(tenantId: string, record: T, actorId: string, now: string, counts: UpsertCounts): void {
    const content = withoutStamp(record);
    const body = canonicalJson({ ...content, tenantId });
    const existing = this.select.get(tenantId, record.id);
    if (existing && existing.body === body) {
      counts.unchanged += 1;
      return;
    }
    const full = { ...record, tenantId } as T;
    const extra = this.spec.values(full);
    const clientId = this.spec.clientId(full);
    if (existing) {
      const stamp = touchStamp(JSON.parse(String(existing.stamp)) as Stamp, actorId, now);
      this.update.run(clientId, ...extra, body, JSON.stringify(stamp), tenantId, record.id);
      counts.updated += 1;
      this.spec.afterWrite?.(tenantId, full);
    } else {
      const stamp = newStamp(actorId, now);
      this.insert.run(tenantId, record.id, clientId, ...extra, body, JSON.stringify(stamp));
      counts.created += 1;
      this.spec.afterWrite?.(tenantId, full);
    }
  }
}
