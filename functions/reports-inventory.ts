/**
 * The weekly inventory review: one row per account with an open balance (managers and administrators),
 * paged, sorted and filtered here (`page`, `pageSize` ≤ 500, `sort`, `dir`, the filters; `all=1` for
 * the page's CSV export), with the count and totals of every matching account.
 *
 * Computing a firm's inventory reads its whole open ledger (about a second for 200,000 invoices), so
 * the computed accounts — a snapshot — are kept in this process for a few minutes under a random id
 * the answer names (`snapshot`). A caller that sends it back pages, sorts and filters that snapshot
 * without recomputing; a caller that does not (or an id this process no longer keeps, or one made
 * for another user, store or day) gets a fresh one. A snapshot is only ever read by the principal
 * it was computed for, so role and tenant scoping is exactly that of `inventorySnapshot`.
 */
import { ok } from "../core/errors/codes";
import { parseInventoryQuery } from "../core/reports/inventory-query";
import {
  answerInventory,
  type InventoryAnswer,
  type InventorySnapshot,
  inventorySnapshot,
} from "../core/reports/inventory-report";
import { asOfParam, defineRoute, type RouteContext } from "./http";

/** How long a snapshot is kept, and how many at most (each holds a firm's accounts). */
export const SNAPSHOT_KEEP_MS = 5 * 60_000;
const SNAPSHOTS_KEPT = 6;
const SNAPSHOT_ID = /^[0-9a-f-]{36}$/;

interface Kept {
  owner: string;
  at: number;
  snapshot: Promise<InventorySnapshot>;
}
/** Per store (one per app; tests run several), so snapshots never cross stores. */
const keptByStore = new WeakMap<object, Map<string, Kept>>();

async function snapshotFor(
  ctx: RouteContext,
  asOf: string,
): Promise<{ id: string; at: number; snapshot: InventorySnapshot }> {
  const kept = keptByStore.get(ctx.deps.store) ?? new Map<string, Kept>();
  keptByStore.set(ctx.deps.store, kept);
  const now = ctx.deps.now().getTime();
  for (const [id, k] of kept) if (now - k.at > SNAPSHOT_KEEP_MS || now < k.at) kept.delete(id);
  const { tenantId, userId, roles } = ctx.principal;
  const owner = [tenantId, userId, [...roles].sort().join(","), asOf].join("\u0000");
  const asked = ctx.query.get("snapshot") ?? "";
  const hit = SNAPSHOT_ID.test(asked) ? kept.get(asked) : undefined;
  if (hit && hit.owner === owner) return { id: asked, at: hit.at, snapshot: await hit.snapshot };
  const id = globalThis.crypto.randomUUID();
  const entry: Kept = { owner, at: now, snapshot: inventorySnapshot(ctx.store, ctx.principal, asOf) };
  kept.set(id, entry);
  for (const oldest of kept.keys()) {
    if (kept.size <= SNAPSHOTS_KEPT) break;
    kept.delete(oldest);
  }
  try {
    return { id, at: now, snapshot: await entry.snapshot };
  } catch (error) {
    kept.delete(id);
    throw error;
  }
}

defineRoute(
  "reports-inventory",
  { route: "reports/inventory", methods: ["GET"], roles: ["manager", "admin"] },
  async (ctx) => {
    const asOf = asOfParam(ctx);
    if (!asOf.ok) return asOf;
    const query = parseInventoryQuery((name) => ctx.query.get(name));
    if (!query.ok) return query;
    const { id, at, snapshot } = await snapshotFor(ctx, asOf.value);
    const answer: InventoryAnswer = {
      ...answerInventory(snapshot, query.value),
      snapshot: id,
      computedAt: new Date(at).toISOString(),
    };
    return ok(answer);
  },
);
