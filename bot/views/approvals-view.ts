/**
 * `my approvals`: the workflow's one list of what waits for the user (escalations, proposed payment
 * plans, write-off requests, the committee's when they sit on it), shaped for the card, oldest first.
 */
import type { Principal } from "../../core/ports/principal";
import type { TenantStore } from "../../core/ports/store.port";
import { listMyApprovals } from "../../core/workflow/decisions/my-approvals";
import type { ApprovalsCardModel } from "../cards/models";
import { instant, money } from "./format";

const byTime =
  <T>(at: (x: T) => string) =>
  (a: T, b: T) =>
    at(a) < at(b) ? -1 : 1;

export async function approvalsModel(
  store: TenantStore,
  principal: Principal,
  notice?: string,
): Promise<ApprovalsCardModel> {
  const [mine, clients] = await Promise.all([listMyApprovals(store, principal), store.listClients()]);
  const names = new Map(clients.map((c) => [c.id, c.name]));
  const clientName = (id: string) => names.get(id) ?? id;
  const items = [...mine.escalations].sort(byTime((e) => e.requestedAt)).map((e) => ({
    escalationId: e.id,
    clientName: clientName(e.clientId),
    outstanding: money(e.evidence.totalOutstandingMinor, e.evidence.currency),
    reason: e.reason,
    requestedAt: instant(e.requestedAt),
  }));
  const plans = [...mine.plans].sort(byTime((p) => p.proposedAt)).map((p) => ({
    kind: "plan" as const,
    id: p.id,
    clientName: clientName(p.clientId),
    amount: money(p.totalMinor, p.currency),
    detail: `${p.installments.length} installments from ${p.installments[0]?.dueDate ?? "—"}`,
    requestedAt: instant(p.proposedAt),
  }));
  const writeOffs = [...mine.writeOffs].sort(byTime((w) => w.requestedAt)).map((w) => ({
    kind: "write-off" as const,
    id: w.id,
    clientName: clientName(w.clientId),
    amount: money(w.amountMinor, w.currency),
    detail: w.reason,
    requestedAt: instant(w.requestedAt),
  }));
  return { userName: principal.name, items, requests: [...plans, ...writeOffs], ...(notice ? { notice } : {}) };
}
