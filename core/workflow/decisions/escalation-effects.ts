/**
 * What a partner's decision on an escalation does, in two halves: `prepareEffect` validates the
 * option's inputs and states its amount before anything is written (so an invalid plan never
 * consumes the decision), and `applyEffect` runs for the winning decision only: it creates the
 * plan, the hold or the write-off, and the follow-up tasks.
 */
import type { ActionDeps, Escalation, EscalationOption } from "../../actions/documents";
import { recordHold } from "../../actions/place-hold";
import { requireAmount, requireDate, requireText } from "../../actions/validate";
import type { Client } from "../../domain/types";
import { fail, ok, type Result } from "../../errors/codes";
import { sumMinor } from "../../money/money";
import type { Principal } from "../../ports/principal";
import type { TenantStore } from "../../ports/store.port";
import type { ApprovalAction, WorkflowConfig } from "../config/types";
import { WF_DOC } from "../documents";
import { planTerms, type PlanTerms } from "../plans/plan-terms";
import type { PaymentPlan } from "../plans/plan-types";
import { applyWriteOff } from "../writeoffs/apply-write-off";
import type { WriteOffRequest } from "../writeoffs/write-off-types";

export type PreparedEffect =
  | { option: "payment-plan"; action: ApprovalAction; amountMinor: number; currency: string; terms: PlanTerms }
  | {
      option: "write-off";
      action: ApprovalAction;
      amountMinor: number;
      currency: string;
      invoiceIds: string[];
      reason: string;
    }
  | { option: "hold"; until: string; reason: string }
  | { option: Exclude<EscalationOption, "payment-plan" | "write-off" | "hold"> | "decline" };

export async function prepareEffect(
  store: TenantStore,
  client: Client,
  escalation: Escalation,
  option: EscalationOption | "decline",
  details: Record<string, unknown>,
  config: WorkflowConfig,
  deps: ActionDeps,
): Promise<Result<PreparedEffect>> {
  if (option === "payment-plan") {
    const terms = await planTerms(store, client, details, config, deps);
    if (!terms.ok) return terms;
    return ok({
      option,
      action: "payment-plan",
      amountMinor: terms.value.totalMinor,
      currency: terms.value.currency,
      terms: terms.value,
    });
  }
  if (option === "write-off") {
    const amount = requireAmount(details.amountMinor, "details.amountMinor");
    if (!amount.ok) return amount;
    const open = (await store.listInvoices({ clientId: client.id, openOnly: true })).filter((i) => i.balanceMinor > 0);
    if (amount.value > sumMinor(open.map((i) => i.balanceMinor)))
      return fail("VALIDATION", "details.amountMinor is more than the client still owes");
    const reason =
      typeof details.reason === "string" && details.reason.trim() ? details.reason.trim() : escalation.reason;
    return ok({
      option,
      action: "write-off",
      amountMinor: amount.value,
      currency: open[0]?.currency ?? "USD",
      invoiceIds: open.map((i) => i.id),
      reason,
    });
  }
  if (option === "hold") {
    const until = requireDate(details.until, "details.until");
    if (!until.ok) return until;
    if (until.value <= deps.asOf) return fail("VALIDATION", "details.until must be a future date");
    const reason = requireText(details.reason ?? escalation.reason, "details.reason", 500);
    if (!reason.ok) return reason;
    return ok({ option, until: until.value, reason: reason.value });
  }
  return ok({ option });
}

/** Ids of what the decision created. */
export interface AppliedEffect {
  planId?: string;
  holdId?: string;
  writeOffId?: string;
}

export async function applyEffect(
  store: TenantStore,
  principal: Principal,
  escalation: Escalation,
  effect: PreparedEffect,
  deps: ActionDeps,
): Promise<AppliedEffect> {
  const actor = { actorId: principal.userId, clientId: escalation.clientId };
  const decision = { approved: true, decidedBy: principal.userId, decidedByName: principal.name, decidedAt: deps.now };
  if (effect.option === "payment-plan") {
    const t = effect.terms;
    const plan: PaymentPlan = {
      id: deps.newId(),
      clientId: escalation.clientId,
      invoiceIds: t.invoiceIds,
      currency: t.currency,
      totalMinor: t.totalMinor,
      installments: t.installments,
      status: "active",
      countFrom: deps.asOf,
      proposedBy: principal.userId,
      proposedAt: deps.now,
      routedTo: principal.userId,
      approvalLevel: escalation.routedTo === "committee" ? "committee" : "partner",
      decision,
      escalationId: escalation.id,
    };
    await store.documents.create(WF_DOC.plan, plan.id, plan, actor);
    return { planId: plan.id };
  }
  if (effect.option === "write-off") {
    const request: WriteOffRequest = {
      id: deps.newId(),
      clientId: escalation.clientId,
      invoiceIds: effect.invoiceIds,
      amountMinor: effect.amountMinor,
      currency: effect.currency,
      reason: effect.reason,
      status: "approved",
      requestedBy: escalation.requestedBy,
      requestedAt: escalation.requestedAt,
      routedTo: principal.userId,
      approvalLevel: escalation.routedTo === "committee" ? "committee" : "partner",
      escalationId: escalation.id,
      decision: { ...decision, asCommittee: escalation.routedTo === "committee" },
    };
    request.credits = await applyWriteOff(store, request, principal.userId, deps.asOf);
    await store.documents.create(WF_DOC.writeOff, request.id, request, actor);
    return { writeOffId: request.id };
  }
  if (effect.option === "hold") {
    const hold = await recordHold(
      store,
      principal,
      escalation.clientId,
      { until: effect.until, reason: effect.reason },
      deps,
    );
    return hold.ok ? { holdId: hold.value.id } : {};
  }
  return {};
}
