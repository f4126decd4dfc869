/** The in-memory ledger: one map per record type, and the upsert rule shared with the real stores. */
import type { Interaction, Stamp, Tenant } from "../../core/domain/types";
import type { LedgerBatch, LedgerBatchCounts, LedgerWriteOptions, UpsertCounts } from "../../core/ports/store.port";
import {
  emptyCounts,
  LEDGER_KEYS,
  type LedgerRecord,
  newStamp,
  sameContent,
  touchStamp,
  withoutStamp,
} from "../store-support";
import type { DocumentMap } from "./memory-documents";

type Stored<K extends keyof LedgerBatch> = NonNullable<LedgerBatch[K]>[number] & { stamp: Stamp };
export type Ledger = { [K in keyof LedgerBatch]-?: Map<string, Stored<K>> };

/** Everything one firm holds. */
export interface TenantData {
  tenant?: Tenant;
  ledger: Ledger;
  interactions: Interaction[];
  documents: DocumentMap;
  /** Appends run one after another so two writers never chain onto the same previous record. */
  appendQueue: Promise<unknown>;
}

export function emptyTenantData(): TenantData {
  const ledger = Object.fromEntries(LEDGER_KEYS.map((k) => [k, new Map()])) as Ledger;
  return { ledger, interactions: [], documents: new Map(), appendQueue: Promise.resolve() };
}

/** Synchronous on purpose: the batch is all-or-nothing because nothing can interleave with it. */
export function applyBatch(
  ledger: Ledger,
  tenantId: string,
  batch: LedgerBatch,
  actorId: string,
  at: string,
  options: LedgerWriteOptions = {},
): LedgerBatchCounts {
  const counts = emptyCounts();
  const total = LEDGER_KEYS.reduce((n, key) => n + (batch[key]?.length ?? 0), 0);
  let written = 0;
  for (const key of LEDGER_KEYS) {
    const target = ledger[key] as Map<string, LedgerRecord & { stamp: Stamp }>;
    const records = batch[key] ?? [];
    for (const record of records) upsertOne(target, tenantId, record, actorId, at, counts[key]);
    written += records.length;
    // Progress per entity kind, as the Cosmos adapter reports per chunk.
    if (records.length > 0) options.onProgress?.(written, total);
  }
  if (total === 0) options.onProgress?.(0, 0);
  return counts;
}

function upsertOne(
  target: Map<string, LedgerRecord & { stamp: Stamp }>,
  tenantId: string,
  record: LedgerRecord,
  actorId: string,
  at: string,
  counts: UpsertCounts,
): void {
  // The writer's tenant wins over whatever the record claims: a batch can never reach another firm.
  const next = { ...structuredClone(withoutStamp(record as LedgerRecord & { stamp?: Stamp })), tenantId };
  const existing = target.get(record.id);
  if (existing && sameContent(withoutStamp(existing), next)) {
    counts.unchanged += 1;
    return;
  }
  const stamp = existing ? touchStamp(existing.stamp, actorId, at) : newStamp(actorId, at);
  target.set(record.id, { ...next, stamp } as LedgerRecord & { stamp: Stamp });
  if (existing) counts.updated += 1;
  else counts.created += 1;
}
