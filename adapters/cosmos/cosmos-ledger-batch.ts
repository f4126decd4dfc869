/**
 * `applyLedgerBatch` on Cosmos DB: read what each affected client already holds (one single-partition
 * query per client), compare ignoring the stamp, and write only what changed, 16 writes in flight.
 *
 * Cosmos has no transaction across partitions (and transactional batch is not used: the local
 * stand-in does not make it atomic), so a batch is not all-or-nothing here. That loses nothing:
 * the importer validates the whole file before it writes anything, and every write is an idempotent
 * upsert by natural key, so re-running the same import after a failure converges on the same state
 * (records written by the failed run come back as `unchanged`).
 */
import type { Stamp } from "../../core/domain/types";
import type { LedgerBatch, LedgerBatchCounts, LedgerWriteOptions } from "../../core/ports/store.port";
import {
  emptyCounts,
  LEDGER_KEYS,
  type LedgerKey,
  type LedgerRecord,
  newStamp,
  sameContent,
  touchStamp,
  withoutStamp,
} from "../store-support";
import { ITEM_TYPES, itemId, partitionClientOf, type RecordItem, toRecordItem } from "./cosmos-items";
import { forEachLimit, isStatus, withRetry } from "./cosmos-retry";
import type { TenantScope } from "./cosmos-scope";

const PARALLEL = 16;
const ID_CHUNK = 50;
/** Progress is reported after each chunk of this many writes (unchanged records count as handled). */
const PROGRESS_CHUNK = 1_000;
/** Ids of these records do not embed the client, so a record can change client between imports. */
const MOVABLE: readonly LedgerKey[] = ["payments", "credits"];
const LEDGER_TYPES = LEDGER_KEYS.filter((k) => k !== "users").map((k) => ITEM_TYPES[k]);

interface Entry {
  key: LedgerKey;
  record: LedgerRecord;
  clientId: string | undefined;
  id: string;
}

const locationOf = (clientId: string | undefined, id: string) => JSON.stringify([clientId ?? null, id]);

export async function applyCosmosBatch(
  scope: TenantScope,
  batch: LedgerBatch,
  actorId: string,
  at: string,
  options: LedgerWriteOptions = {},
): Promise<LedgerBatchCounts> {
  const entries = LEDGER_KEYS.flatMap((key) =>
    (batch[key] ?? []).map((given): Entry => {
      // The writer's tenant wins over whatever the record claims: a batch can never reach another firm.
      const record = {
        ...withoutStamp(given as LedgerRecord & { stamp?: Stamp }),
        tenantId: scope.tenantId,
      } as LedgerRecord;
      return { key, record, clientId: partitionClientOf(key, record), id: itemId(ITEM_TYPES[key], record.id) };
    }),
  );
  const state = await loadExisting(scope, entries);
  const strays = await findStrays(scope, entries, state);

  const counts = emptyCounts();
  const dirty = new Map<string, RecordItem>();
  const moved: RecordItem[] = [];
  for (const entry of entries) {
    const location = locationOf(entry.clientId, entry.id);
    const stray = strays.get(entry.id);
    const prior = state.get(location) ?? stray;
    if (prior && sameContent(prior.data, entry.record)) {
      counts[entry.key].unchanged += 1;
      continue;
    }
    const stamp = prior ? touchStamp(prior.stamp, actorId, at) : newStamp(actorId, at);
    const item = toRecordItem(entry.key, entry.record, stamp);
    state.set(location, item);
    dirty.set(location, item);
    if (stray && prior === stray) {
      moved.push(stray);
      strays.delete(entry.id);
    }
    counts[entry.key][prior ? "updated" : "created"] += 1;
  }

  // A record that changed client leaves its old partition first; the upsert below recreates it.
  await forEachLimit(moved, PARALLEL, async (old) => {
    await withRetry(() => scope.ledger.item(old.id, scope.ledgerKey(old.clientId)).delete()).catch((error) => {
      if (!isStatus(error, 404)) throw error;
    });
  });
  const total = entries.length;
  const { onProgress } = options;
  let written = total - dirty.size;
  await forEachLimit([...dirty.values()], PARALLEL, async (item) => {
    const container = item.clientId === undefined ? scope.firm : scope.ledger;
    await withRetry(() => container.items.upsert(item));
    written += 1;
    if (written % PROGRESS_CHUNK === 0 && written < total) onProgress?.(written, total);
  });
  onProgress?.(total, total);
  return counts;
}

/** Current items of every client the batch touches (and the firm's users), keyed by location. */
async function loadExisting(scope: TenantScope, entries: Entry[]): Promise<Map<string, RecordItem>> {
  const state = new Map<string, RecordItem>();
  const keep = (items: RecordItem[]) => {
    for (const item of items) state.set(locationOf(item.clientId, item.id), item);
  };
  const clients = [...new Set(entries.flatMap((e) => (e.clientId === undefined ? [] : [e.clientId])))];
  await forEachLimit(clients, PARALLEL, async (clientId) => {
    const where = ["ARRAY_CONTAINS(@types, c.type)"];
    keep(await scope.query<RecordItem>("ledger", { where, params: { types: LEDGER_TYPES }, clientId }));
  });
  if (entries.some((e) => e.key === "users")) {
    keep(await scope.query<RecordItem>("firm", { where: ["c.type = @type"], params: { type: ITEM_TYPES.users } }));
  }
  return state;
}

/** Movable records not found in their target partition may sit in another client's partition. */
async function findStrays(
  scope: TenantScope,
  entries: Entry[],
  state: Map<string, RecordItem>,
): Promise<Map<string, RecordItem>> {
  const strays = new Map<string, RecordItem>();
  for (const key of MOVABLE) {
    const missing = entries.filter((e) => e.key === key && !state.has(locationOf(e.clientId, e.id))).map((e) => e.id);
    const chunks = Array.from({ length: Math.ceil(missing.length / ID_CHUNK) }, (_, i) =>
      missing.slice(i * ID_CHUNK, (i + 1) * ID_CHUNK),
    );
    await forEachLimit(chunks, PARALLEL, async (ids) => {
      const where = ["c.type = @type", "ARRAY_CONTAINS(@ids, c.id)"];
      const found = await scope.query<RecordItem>("ledger", { where, params: { type: ITEM_TYPES[key], ids } });
      for (const item of found) strays.set(item.id, item);
    });
  }
  return strays;
}
