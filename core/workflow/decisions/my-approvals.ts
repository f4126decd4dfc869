/**
 * "My approvals": everything waiting for the principal's decision: escalations, proposed payment
 * plans and write-off requests routed to them, and the committee's when they sit on it; never a plan
 * or write-off they asked for themselves (four eyes). The Teams bot's `my approvals` command and the
 * task pane read this one list.
 */
import { DOC, type Escalation } from "../../actions/documents";
import type { Principal } from "../../ports/principal";
import type { TenantStore } from "../../ports/store.port";
import { COMMITTEE, isCommitteeMember } from "../authority/authority";
import { loadWorkflowConfig } from "../config/config-store";
import { WF_DOC } from "../documents";
import type { PaymentPlan } from "../plans/plan-types";
import type { WriteOffRequest } from "../writeoffs/write-off-types";

export interface MyApprovals {
  escalations: (Escalation & { etag: string })[];
  plans: (PaymentPlan & { etag: string })[];
  writeOffs: (WriteOffRequest & { etag: string })[];
}

export async function listMyApprovals(store: TenantStore, principal: Principal): Promise<MyApprovals> {
  const { config } = await loadWorkflowConfig(store);
  const committee = isCommitteeMember(principal, config.authority);
  const mine = (routedTo: string) => routedTo === principal.userId || (routedTo === COMMITTEE && committee);
  const [escalations, plans, writeOffs] = await Promise.all([
    store.documents.list<Escalation>(DOC.escalation),
    store.documents.list<PaymentPlan>(WF_DOC.plan),
    store.documents.list<WriteOffRequest>(WF_DOC.writeOff),
  ]);
  return {
    escalations: escalations
      .filter((d) => d.body.status === "pending" && mine(d.body.routedTo))
      .map((d) => ({ ...d.body, etag: d.etag })),
    plans: plans
      .filter((d) => d.body.status === "proposed" && mine(d.body.routedTo) && d.body.proposedBy !== principal.userId)
      .map((d) => ({ ...d.body, etag: d.etag })),
    writeOffs: writeOffs
      .filter((d) => d.body.status === "pending" && mine(d.body.routedTo) && d.body.requestedBy !== principal.userId)
      .map((d) => ({ ...d.body, etag: d.etag })),
  };
}
