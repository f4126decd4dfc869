/**
 * The request card's input ids and the server-side check of what a click submits: approve as
 * proposed, approve a payment plan with changed terms (installments, first date, amount), or reject
 * with a reason. The card validates too, but only this check (and then the workflow's own) counts.
 */
import { fail, ok, type Result } from "../../core/errors/codes";
import type { IsoDate } from "../../core/domain/types";
import type { PlanChange } from "../decisions/decision-service";
import { inputAmount, inputDate, inputInstallments, inputReason, LIMITS, VERBS } from "./escalation-inputs";
import type { RequestKind } from "./models";

export const REQUEST_INPUT = {
  installments: "modifyInstallments",
  start: "modifyStart",
  amount: "modifyAmount",
  rejectReason: "rejectReason",
} as const;

/** The verbs a request card answers to (refresh included). */
export const REQUEST_CARD_VERBS: readonly string[] = [
  VERBS.refreshRequest,
  VERBS.approveRequest,
  VERBS.modifyPlan,
  VERBS.rejectRequest,
];

export interface RequestChoice {
  approve: boolean;
  note?: string;
  terms?: PlanChange;
}

export interface RequestInputContext {
  kind: RequestKind;
  asOf: IsoDate;
  currency: string;
  /** What the request's invoices still owe: a changed plan may not ask for more. */
  outstandingMinor: number;
}

export function parseRequestInput(
  verb: string,
  data: Record<string, unknown>,
  ctx: RequestInputContext,
): Result<RequestChoice> {
  switch (verb) {
    case VERBS.approveRequest:
      return ok({ approve: true });
    case VERBS.modifyPlan: {
      if (ctx.kind !== "plan") return fail("VALIDATION", "only a payment plan can be changed");
      const count = inputInstallments(data, REQUEST_INPUT.installments);
      if (!count.ok) return count;
      const start = inputDate(data, REQUEST_INPUT.start, ctx, LIMITS.maxPlanStartDays);
      if (!start.ok) return start;
      const total = inputAmount(data, REQUEST_INPUT.amount, ctx);
      if (!total.ok) return total;
      if (total.value < count.value) {
        return fail("VALIDATION", `${REQUEST_INPUT.amount} is too small for ${count.value} installments`);
      }
      return ok({
        approve: true,
        terms: { installments: count.value, startDate: start.value, amountMinor: total.value },
      });
    }
    case VERBS.rejectRequest: {
      const why = inputReason(data, REQUEST_INPUT.rejectReason, true);
      return why.ok ? ok({ approve: false, note: why.value! }) : why;
    }
    default:
      return fail("VALIDATION", `unknown action ${verb}`);
  }
}
