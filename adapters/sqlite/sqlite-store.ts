/**
 * The embedded default store: SQLite through Node's built-in `node:sqlite` (a real SQL engine with
 * transactions, no native build step). Data lives in `<dataDir>/nudge.db` and survives restarts.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import type { Store, TenantStore } from "../../core/ports/store.port";
import { DDL, SCHEMA_VERSION } from "./sqlite-schema";
import { SqliteTenantStore } from "./sqlite-tenant-store";

export interface SqliteStoreOptions {
  /** Folder for the database file; `:memory:` keeps everything in memory (tests). */
  dataDir: string;
  now?: () => string;
}

export class SqliteStore implements Store {
  readonly kind = "embedded" as const;
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly db: DatabaseSync,
    private readonly now: () => string,
  ) {}

  static open(options: SqliteStoreOptions): SqliteStore {
    let path = ":memory:";
    if (options.dataDir !== ":memory:") {
      mkdirSync(options.dataDir, { recursive: true });
      path = join(options.dataDir, "nudge.db");
    }
    const db = new DatabaseSync(path);
    db.exec(
      "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON;",
    );
    // A firm's ledger is a few hundred MB at most: a 256 MB page cache and memory-mapped reads keep the
    // daily run's many small per-client queries out of read() system calls (the default cache is 2 MB).
    db.exec("PRAGMA cache_size = -262144; PRAGMA mmap_size = 1073741824; PRAGMA temp_store = MEMORY;");
    for (const statement of DDL) db.exec(statement);
    db.prepare("INSERT OR IGNORE INTO meta (key, value) VALUES ('schemaVersion', ?)").run(String(SCHEMA_VERSION));
    // Gather index statistics where they are missing, so per-client queries use their index (0.06 ms, not 150 ms).
    db.exec("PRAGMA optimize=0x10002");
    return new SqliteStore(db, options.now ?? (() => new Date().toISOString()));
  }

  /** Runs async work one at a time: node:sqlite is synchronous, but chaining awaits inside a transaction is not. */
  private serialize = <R>(work: () => Promise<R>): Promise<R> => {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  };

  forTenant(tenantId: string): TenantStore {
    if (!tenantId) throw new Error("a tenant id is required");
    return new SqliteTenantStore(this.db, tenantId, this.now, this.serialize);
  }

  async listTenantIds(): Promise<string[]> {
    const rows = this.db.prepare("SELECT id FROM tenants ORDER BY id").all();
    return rows.map((r) => String(r.id));
  }

  async ping(): Promise<boolean> {
    return this.db.prepare("SELECT 1 AS one").get()?.one === 1;
  }

  async close(): Promise<void> {
    await this.queue;
    if (this.db.isOpen) this.db.close();
  }
}
