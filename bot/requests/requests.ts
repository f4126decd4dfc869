/**
 * Payment plans and write-offs proposed outside an escalation, seen the same way by the request
 * cards: who asked and when, who must decide, what it commits, and where it stands. The documents
 * and their rules are the workflow's (core/workflow/plans, core/workflow/writeoffs); this only reads.
 */
import type { TenantStore } from "../../core/ports/store.port";
import { WF_DOC } from "../../core/workflow/documents";
import type { PaymentPlan } from "../../core/workflow/plans/plan-types";
import type { WriteOffRequest } from "../../core/workflow/writeoffs/write-off-types";
import type { RequestKind } from "../cards/models";

export type { RequestKind };

export interface RequestRef {
  kind: RequestKind;
  id: string;
}

export type ApprovalRequest = { kind: "plan"; body: PaymentPlan } | { kind: "write-off"; body: WriteOffRequest };

export type RequestState = "pending" | "approved" | "rejected" | "withdrawn";

export const REQUEST_KINDS: readonly RequestKind[] = ["plan", "write-off"];

export const isRequestKind = (value: unknown): value is RequestKind =>
  typeof value === "string" && (REQUEST_KINDS as readonly string[]).includes(value);

export async function loadRequest(store: TenantStore, ref: RequestRef): Promise<ApprovalRequest | undefined> {
  if (ref.kind === "plan") {
    const doc = await store.documents.get<PaymentPlan>(WF_DOC.plan, ref.id);
    return doc ? { kind: "plan", body: doc.body } : undefined;
  }
  const doc = await store.documents.get<WriteOffRequest>(WF_DOC.writeOff, ref.id);
  return doc ? { kind: "write-off", body: doc.body } : undefined;
}

export function stateOf(r: ApprovalRequest): RequestState {
  if (r.kind === "plan") {
    const s = r.body.status;
    return s === "proposed" ? "pending" : s === "rejected" ? "rejected" : s === "cancelled" ? "withdrawn" : "approved";
  }
  return r.body.status;
}

export function requesterOf(r: ApprovalRequest): { userId: string; at: string } {
  return r.kind === "plan"
    ? { userId: r.body.proposedBy, at: r.body.proposedAt }
    : { userId: r.body.requestedBy, at: r.body.requestedAt };
}

export function amountOf(r: ApprovalRequest): number {
  return r.kind === "plan" ? r.body.totalMinor : r.body.amountMinor;
}

/** "payment plan" / "write-off", for sentences. */
export function nounOf(kind: RequestKind): string {
  return kind === "plan" ? "payment plan" : "write-off";
}

export function refOf(r: ApprovalRequest): RequestRef {
  return { kind: r.kind, id: r.body.id };
}
