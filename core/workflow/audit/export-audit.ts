/**
 * A client's audit trail as CSV, in append order, with each record's hash and the hash it chains
 * to, so the export itself can be re-verified outside Nudge. Never edited: this is a read.
 */
import { loadVisibleClient, seesWholeFirm } from "../../access/access";
import { canonicalJson, verifyChain } from "../../audit/hash-chain";
import type { Interaction } from "../../domain/types";
import { fail, ok, type Result } from "../../errors/codes";
import type { Principal } from "../../ports/principal";
import type { TenantStore } from "../../ports/store.port";

const COLUMNS = ["seq", "id", "at", "clientId", "kind", "actorId", "summary", "invoiceIds", "data", "prevHash", "hash"];

export function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function auditCsv(records: Interaction[]): string {
  const rows = records.map((r, k) =>
    [
      String(k + 1),
      r.id,
      r.at,
      r.clientId,
      r.kind,
      r.actorId,
      r.summary,
      (r.invoiceIds ?? []).join(";"),
      r.data ? canonicalJson(r.data) : "",
      r.prevHash ?? "",
      r.hash ?? "",
    ]
      .map(csvCell)
      .join(","),
  );
  return `${[COLUMNS.join(","), ...rows].join("\r\n")}\r\n`;
}

export async function exportClientAudit(
  store: TenantStore,
  principal: Principal,
  clientId: string,
): Promise<Result<{ csv: string; records: number; verified: boolean }>> {
  if (clientId === "_firm") {
    if (!seesWholeFirm(principal)) return fail("NOT_FOUND", "no client _firm");
  } else {
    const client = await loadVisibleClient(store, principal, clientId);
    if (!client.ok) return client;
  }
  const records = await store.listInteractions({ clientId });
  const verdict = await verifyChain(records);
  return ok({ csv: auditCsv(records), records: records.length, verified: verdict.ok });
}
