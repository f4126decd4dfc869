/**
 * Writes the demo firm into a store. Safe to repeat: ledger records upsert by id, and audit records
 * already present (same id) are not appended again.
 */
import type { IsoDate } from "../domain/types";
import type { LedgerBatchCounts, Store } from "../ports/store.port";
import { type DemoSize, generateDemoFirm } from "./demo-firm";

export interface SeedResult {
  tenantId: string;
  counts: LedgerBatchCounts;
  interactionsAppended: number;
}

export async function seedDemoFirm(
  store: Store,
  options: { asOf: IsoDate; size?: DemoSize; seed?: number },
): Promise<SeedResult> {
  const firm = generateDemoFirm(options);
  const tenantStore = store.forTenant(firm.tenant.id);
  await tenantStore.putTenant(firm.tenant);
  const counts = await tenantStore.applyLedgerBatch(firm.batch, "seed");
  const existing = new Set((await tenantStore.listInteractions()).map((i) => i.id));
  const fresh = firm.interactions.filter((i) => !existing.has(i.id));
  if (fresh.length) await tenantStore.appendInteractions(fresh);
  return { tenantId: firm.tenant.id, counts, interactionsAppended: fresh.length };
}
