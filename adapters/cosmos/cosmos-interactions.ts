/**
 * The audit trail on Cosmos DB. Each client's records live in that client's ledger partition next to a
 * chain-head item (`chainhead:<clientId>`: last sequence number, last hash). Appending is
 * optimistic: read the head, chain the new records onto it, then replace the head with `IfMatch`.
 * Of two concurrent appenders exactly one wins that write; the other re-reads and chains after it,
 * so the chain can never fork.
 *
 * The head write is the commit point. It carries the records it commits (`pending`), and the record
 * items are created after it; if the process dies in between, the next append to that client
 * creates whatever is missing first (roll-forward), so a committed record is never lost.
 */
import { chainInteraction } from "../../core/audit/hash-chain";
import type { Interaction } from "../../core/domain/types";
import type { NewInteraction } from "../../core/ports/store.port";
import { sameContent } from "../store-support";
import { type BaseItem, itemId } from "./cosmos-items";
import { forEachLimit, isStatus, withRetry } from "./cosmos-retry";
import type { TenantScope } from "./cosmos-scope";

const PARALLEL = 16;
const MAX_ATTEMPTS = 25;
const HEAD_CHUNK = 100;

interface InteractionItem extends BaseItem {
  clientId: string;
  /** Position in the client's chain: the append order, independent of `at`. */
  seq: number;
  data: Interaction;
}

interface ChainHead extends BaseItem {
  clientId: string;
  seq: number;
  hash: string;
  pending: InteractionItem[];
}

export interface InteractionFilter {
  clientId?: string;
  since?: string;
  until?: string;
  kinds?: string[];
}

export async function appendCosmosInteractions(scope: TenantScope, records: NewInteraction[]): Promise<Interaction[]> {
  const byClient = new Map<string, number[]>();
  for (const [i, r] of records.entries()) byClient.set(r.clientId, [...(byClient.get(r.clientId) ?? []), i]);
  const out: Interaction[] = [];
  await forEachLimit([...byClient], PARALLEL, async ([clientId, indexes]) => {
    // Chunks keep the head (which carries the records it commits) far below the 2 MB item limit.
    for (let start = 0; start < indexes.length; start += HEAD_CHUNK) {
      const chunk = indexes.slice(start, start + HEAD_CHUNK);
      const chained = await appendForClient(
        scope,
        clientId,
        chunk.map((i) => records[i] as NewInteraction),
      );
      chunk.forEach((i, k) => {
        out[i] = chained[k] as Interaction;
      });
    }
  });
  return out;
}

async function appendForClient(
  scope: TenantScope,
  clientId: string,
  records: NewInteraction[],
): Promise<Interaction[]> {
  const headId = itemId("chainhead", clientId);
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    const head = await scope.read<ChainHead>("ledger", headId, clientId);
    const pending = head?.pending ?? [];
    const newIds = records.map((r) => itemId("interaction", r.id));
    const stored = await storedIds(scope, clientId, [...pending.map((p) => p.id), ...newIds]);
    if (isOwnCommit(pending, records)) {
      // An earlier attempt of this very call committed, but its answer was lost (timeout): finish it.
      await createItems(
        scope,
        pending.filter((p) => !stored.has(p.id)),
      );
      return pending.map((p) => p.data);
    }
    const taken = new Set([...stored, ...pending.map((p) => p.id)]);
    if (newIds.some((id) => taken.has(id))) throw new Error("appendInteractions: an interaction id is already used");
    await createItems(
      scope,
      pending.filter((p) => !stored.has(p.id)),
    );

    const items: InteractionItem[] = [];
    let previous = head?.hash;
    for (const record of records) {
      const data = await chainInteraction({ ...record, tenantId: scope.tenantId }, previous);
      previous = data.hash;
      const seq = (head?.seq ?? 0) + items.length + 1;
      items.push({
        id: itemId("interaction", record.id),
        type: "interaction",
        tenantId: scope.tenantId,
        clientId,
        seq,
        data,
      });
    }
    const last = items[items.length - 1];
    if (!last) return [];
    const next: ChainHead = {
      ...headBase(scope, headId, clientId),
      seq: last.seq,
      hash: last.data.hash ?? "",
      pending: items,
    };
    if (!(await commitHead(scope, next, head?._etag))) {
      // Another appender won this round: back off a little (jittered) and chain after it.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
      continue;
    }
    await createItems(scope, items);
    return items.map((i) => i.data);
  }
  throw new Error("appendInteractions: too much contention on one client's chain");
}

function isOwnCommit(pending: InteractionItem[], records: NewInteraction[]): boolean {
  if (pending.length !== records.length) return false;
  return pending.every((p, i) => {
    const { tenantId: _t, prevHash: _p, hash: _h, ...content } = p.data;
    return sameContent(content, records[i]);
  });
}

function headBase(scope: TenantScope, id: string, clientId: string): BaseItem & { clientId: string } {
  return { id, type: "chainhead", tenantId: scope.tenantId, clientId };
}

/** Writes the new head if nobody moved it since it was read; false when someone else did. */
async function commitHead(scope: TenantScope, next: ChainHead, etag: string | undefined): Promise<boolean> {
  try {
    if (etag === undefined) await withRetry(() => scope.ledger.items.create(next));
    else {
      const item = scope.ledger.item(next.id, scope.ledgerKey(next.clientId));
      await withRetry(() => item.replace(next, { accessCondition: { type: "IfMatch", condition: etag } }));
    }
    return true;
  } catch (error) {
    if (isStatus(error, 409, 412)) return false;
    throw error;
  }
}

async function storedIds(scope: TenantScope, clientId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const where = ["c.type = @type", "ARRAY_CONTAINS(@ids, c.id)"];
  const found = await scope.query<string>("ledger", {
    where,
    params: { type: "interaction", ids },
    clientId,
    select: "VALUE c.id",
  });
  return new Set(found);
}

/** Append-only: records are created, never replaced; an existing one (roll-forward race) is fine. */
async function createItems(scope: TenantScope, items: InteractionItem[]): Promise<void> {
  await forEachLimit(items, PARALLEL, async (item) => {
    await withRetry(() => scope.ledger.items.create(item)).catch((error) => {
      if (!isStatus(error, 409)) throw error;
    });
  });
}

export async function listCosmosInteractions(scope: TenantScope, filter: InteractionFilter): Promise<Interaction[]> {
  const where = ["c.type = @type"];
  const params: Record<string, string | string[]> = { type: "interaction" };
  if (filter.since !== undefined) {
    where.push("c.data.at >= @since");
    params.since = filter.since;
  }
  if (filter.until !== undefined) {
    where.push("c.data.at < @until");
    params.until = filter.until;
  }
  if (filter.kinds !== undefined) {
    where.push("ARRAY_CONTAINS(@kinds, c.data.kind)");
    params.kinds = filter.kinds;
  }
  const spec = filter.clientId === undefined ? { where, params } : { where, params, clientId: filter.clientId };
  const items = await scope.query<InteractionItem>("ledger", spec);
  // Sorted here rather than with ORDER BY: a cross-partition ORDER BY buys nothing for one firm's list.
  items.sort((a, b) => (a.clientId < b.clientId ? -1 : a.clientId > b.clientId ? 1 : a.seq - b.seq));
  return items.map((i) => i.data);
}
