/**
 * Proves the audit trail: each client's records (and the firm-level `_firm` trail) are re-hashed in
 * append order and every link checked. An edited, reordered or deleted record breaks its client's
 * chain, which is reported with the first record that fails.
 */
import { verifyChain } from "../../audit/hash-chain";
import type { Interaction } from "../../domain/types";
import type { TenantStore } from "../../ports/store.port";

export interface AuditVerdict {
  ok: boolean;
  clients: number;
  records: number;
  broken: { clientId: string; brokenAt: string; reason: string; checked: number }[];
}

export async function verifyAudit(store: TenantStore, options: { clientId?: string } = {}): Promise<AuditVerdict> {
  const records = await store.listInteractions(options.clientId ? { clientId: options.clientId } : {});
  const byClient = new Map<string, Interaction[]>();
  for (const r of records) {
    const list = byClient.get(r.clientId);
    if (list) list.push(r);
    else byClient.set(r.clientId, [r]);
  }
  const verdict: AuditVerdict = { ok: true, clients: byClient.size, records: records.length, broken: [] };
  for (const [clientId, chain] of [...byClient].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const result = await verifyChain(chain);
    if (!result.ok) {
      verdict.ok = false;
      verdict.broken.push({ clientId, brokenAt: result.brokenAt, reason: result.reason, checked: result.checked });
    }
  }
  return verdict;
}
