/**
 * A client's audit trail for export, in append order, with each record's hash and the hash it
 * chains to, so the export itself can be re-verified outside Nudge: as CSV (`auditCsv`), or as the
 * trail with its chain verdict and the names of who acted (`clientAuditTrail`, which the PDF report
 * prints). Never edited: this is a read. CSV cells a spreadsheet would run as a formula are written
 * with a leading apostrophe (`csvCell`); a verifier recomputing hashes from the CSV drops it first.
 */
import { loadVisibleClient, seesWholeFirm } from "../../access/access";
import { type ChainVerdict, canonicalJson, verifyChain } from "../../audit/hash-chain";
import type { Interaction } from "../../domain/types";
import { csvCell } from "../../format/csv-cell";
import { fail, ok, type Result } from "../../errors/codes";
import type { Principal } from "../../ports/principal";
import type { TenantStore } from "../../ports/store.port";
import { WORKFLOW_ACTOR } from "../documents";

const COLUMNS = ["seq", "id", "at", "clientId", "kind", "actorId", "summary", "invoiceIds", "data", "prevHash", "hash"];

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

/** One client's trail (or the firm-level `_firm` trail), verified, for a report. */
export interface ClientAuditTrail {
  firmName: string;
  clientId: string;
  clientName: string;
  records: Interaction[];
  verdict: ChainVerdict;
  /** Display name of every actor in the trail: the firm's people, the engine, or the id itself. */
  actors: Record<string, string>;
}

/** Names of the actors that are not people. */
const SYSTEM_ACTORS: Record<string, string> = {
  [WORKFLOW_ACTOR]: "Nudge daily run",
  cli: "Nudge CLI",
};

/** The trail of a client the principal may see (`_firm`: managers and administrators), with its verdict. */
export async function clientAuditTrail(
  store: TenantStore,
  principal: Principal,
  clientId: string,
): Promise<Result<ClientAuditTrail>> {
  let clientName = "Firm-level trail";
  if (clientId === "_firm") {
    if (!seesWholeFirm(principal)) return fail("NOT_FOUND", "no client _firm");
  } else {
    const client = await loadVisibleClient(store, principal, clientId);
    if (!client.ok) return client;
    clientName = client.value.name;
  }
  const [records, tenant, users] = await Promise.all([
    store.listInteractions({ clientId }),
    store.getTenant(),
    store.listUsers(),
  ]);
  const names = new Map(users.map((u) => [u.id, u.displayName]));
  const actors: Record<string, string> = {};
  for (const r of records) actors[r.actorId] ??= names.get(r.actorId) ?? SYSTEM_ACTORS[r.actorId] ?? r.actorId;
  return ok({
    firmName: tenant?.name ?? store.tenantId,
    clientId,
    clientName,
    records,
    verdict: await verifyChain(records),
    actors,
  });
}

export async function exportClientAudit(
  store: TenantStore,
  principal: Principal,
  clientId: string,
): Promise<Result<{ csv: string; records: number; verified: boolean }>> {
  const trail = await clientAuditTrail(store, principal, clientId);
  if (!trail.ok) return trail;
  const { records, verdict } = trail.value;
  return ok({ csv: auditCsv(records), records: records.length, verified: verdict.ok });
}
