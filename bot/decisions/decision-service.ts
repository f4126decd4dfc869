/**
 * What the cards need from the decision use cases. The rules (who may decide, the delegated-authority
 * matrix, exactly-once) live in the workflow's core use cases; the bot only calls them through this
 * interface so a card click, the task pane and the HTTP API decide the same way.
 */
import type { ActionDeps, Escalation } from "../../core/actions/documents";
import type { IsoDate } from "../../core/domain/types";
import type { Result } from "../../core/errors/codes";
import type { Principal } from "../../core/ports/principal";
import type { TenantStore } from "../../core/ports/store.port";
import type { EscalationChoice } from "../cards/models";

export type DecisionInput =
  | { verb: "approveEscalation"; option: EscalationChoice; note?: string }
  | { verb: "approvePlan"; installments: number; startDate: IsoDate; amountMinor: number }
  | { verb: "holdUntil"; until: IsoDate; reason: string }
  | { verb: "approveWriteOff"; amountMinor: number; reason: string }
  | { verb: "reassign"; toUserId: string; note?: string };

export type DecisionVerb = DecisionInput["verb"];

export type DecisionOutcome =
  /** Final: the escalation carries its decision. */
  | { kind: "decided"; escalation: Escalation }
  /** Still pending, now with someone else: reassigned, or above the decider's authority. */
  | { kind: "rerouted"; escalation: Escalation; reason: "reassigned" | "over-authority" };

/** New terms for a payment plan approved with changes: an even split from a start date. */
export interface PlanChange {
  installments: number;
  startDate: IsoDate;
  amountMinor: number;
}

/** A payment plan or write-off proposed outside an escalation, approved (perhaps changed) or rejected. */
export interface RequestDecision {
  kind: "plan" | "write-off";
  id: string;
  approve: boolean;
  /** The decider's note; the reason when rejecting from a request card. */
  note?: string;
  /** Payment plans only: approve with these terms instead of the proposed ones. */
  terms?: PlanChange;
}

export interface DecisionService {
  /**
   * True when the principal may decide what is routed to `routedTo` (an escalation, a plan, a
   * write-off as it stands): the routed person, a manager above them, the committee's members; never
   * the `requester` of a plan or write-off (four eyes).
   */
  mayDecide(
    store: TenantStore,
    principal: Principal,
    routed: Pick<Escalation, "routedTo"> & { requester?: string },
  ): Promise<boolean>;
  /** Exactly once: a second decision on the same escalation fails with `ALREADY_DECIDED`. */
  decide(
    store: TenantStore,
    principal: Principal,
    escalationId: string,
    input: DecisionInput,
    deps: ActionDeps,
  ): Promise<Result<DecisionOutcome>>;
  /** Exactly once too (`ALREADY_DECIDED`); above the decider's authority it fails with `OVER_AUTHORITY`. */
  decideRequest(
    store: TenantStore,
    principal: Principal,
    request: RequestDecision,
    deps: ActionDeps,
  ): Promise<Result<RequestDecision>>;
}
