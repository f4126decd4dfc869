/**
 * The escalation card's input ids and verbs, and the server-side check of what a click submits.
 * The card validates too (isRequired, regex, min/max), but a card is only a hint: a hand-made
 * invoke must meet the same rules here before any use case runs.
 */
import { addDays, isIsoDate } from "../../core/domain/dates";
import type { IsoDate } from "../../core/domain/types";
import { fail, ok, type Result } from "../../core/errors/codes";
import { minorExponent, parseAmount } from "../../core/money/money";
import type { DecisionInput, DecisionVerb } from "../decisions/decision-service";
import type { EscalationChoice } from "./models";

export const VERBS = {
  refresh: "refresh",
  open: "openEscalation",
  approveEscalation: "approveEscalation",
  approvePlan: "approvePlan",
  holdUntil: "holdUntil",
  approveWriteOff: "approveWriteOff",
  reassign: "reassign",
  decideRequest: "decideRequest",
  /** Payment plan and write-off request cards (`request.card.ts`). */
  refreshRequest: "refreshRequest",
  approveRequest: "approveRequest",
  modifyPlan: "modifyPlan",
  rejectRequest: "rejectRequest",
} as const satisfies Record<string, string>;

export const DECISION_VERBS: readonly DecisionVerb[] = [
  "approveEscalation",
  "approvePlan",
  "holdUntil",
  "approveWriteOff",
  "reassign",
];

export const ESCALATION_CHOICES: { value: EscalationChoice; title: string }[] = [
  { value: "partner-call", title: "Partner call to the client" },
  { value: "partner-letter", title: "Partner letter" },
  { value: "committee", title: "Refer to the billing & collections committee" },
  { value: "suspend-work", title: "Suspend new work" },
];

export const INPUT = {
  option: "escalationOption",
  optionNote: "escalationNote",
  installments: "planInstallments",
  planStart: "planStart",
  planAmount: "planAmount",
  holdUntil: "holdUntil",
  holdReason: "holdReason",
  writeOffAmount: "writeOffAmount",
  writeOffReason: "writeOffReason",
  reassignTo: "reassignTo",
  reassignNote: "reassignNote",
} as const;

export const LIMITS = { minInstallments: 2, maxInstallments: 24, maxPlanStartDays: 90, maxHoldDays: 180, reason: 500 };

/** Card-side pattern for an amount with up to the currency's decimals and no separators. */
export function amountPattern(currency: string): string {
  const exp = minorExponent(currency);
  return exp === 0 ? "^\\d{1,12}$" : `^\\d{1,12}(\\.\\d{1,${exp}})?$`;
}

export interface InputContext {
  asOf: IsoDate;
  currency: string;
  outstandingMinor: number;
  reassignable: string[];
}

export const inputText = (data: Record<string, unknown>, key: string) => {
  const v = data[key];
  return typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "";
};

export function inputAmount(
  data: Record<string, unknown>,
  key: string,
  ctx: Pick<InputContext, "currency" | "outstandingMinor">,
): Result<number> {
  const raw = inputText(data, key);
  const parsed = new RegExp(amountPattern(ctx.currency)).test(raw)
    ? parseAmount(raw, { currency: ctx.currency })
    : null;
  if (!parsed?.ok || parsed.amountMinor <= 0) return fail("VALIDATION", `${key} must be a positive amount`);
  if (parsed.amountMinor > ctx.outstandingMinor) return fail("VALIDATION", `${key} is more than the client owes`);
  return ok(parsed.amountMinor);
}

export function inputDate(
  data: Record<string, unknown>,
  key: string,
  ctx: Pick<InputContext, "asOf">,
  maxDays: number,
): Result<IsoDate> {
  const raw = inputText(data, key);
  if (!isIsoDate(raw)) return fail("VALIDATION", `${key} must be a date`);
  if (raw <= ctx.asOf || raw > addDays(ctx.asOf, maxDays)) {
    return fail("VALIDATION", `${key} must be after today and within ${maxDays} days`);
  }
  return ok(raw);
}

export function inputReason(data: Record<string, unknown>, key: string, required: boolean): Result<string | undefined> {
  const raw = inputText(data, key);
  if (!raw) return required ? fail("VALIDATION", `${key} is required`) : ok(undefined);
  return raw.length > LIMITS.reason ? fail("VALIDATION", `${key} is too long`) : ok(raw);
}

export function inputInstallments(data: Record<string, unknown>, key: string): Result<number> {
  const n = Number(inputText(data, key));
  if (!Number.isInteger(n) || n < LIMITS.minInstallments || n > LIMITS.maxInstallments) {
    return fail("VALIDATION", `${key} must be ${LIMITS.minInstallments}-${LIMITS.maxInstallments}`);
  }
  return ok(n);
}

const withNote = <T extends object>(value: T, note: string | undefined) => (note ? { ...value, note } : value);

export function parseDecisionInput(
  verb: string,
  data: Record<string, unknown>,
  ctx: InputContext,
): Result<DecisionInput> {
  switch (verb) {
    case "approveEscalation": {
      const option = ESCALATION_CHOICES.find((c) => c.value === inputText(data, INPUT.option))?.value;
      if (!option) return fail("VALIDATION", `${INPUT.option} must be one of the listed options`);
      const note = inputReason(data, INPUT.optionNote, false);
      return note.ok ? ok(withNote({ verb, option }, note.value)) : note;
    }
    case "approvePlan": {
      const count = inputInstallments(data, INPUT.installments);
      if (!count.ok) return count;
      const n = count.value;
      const start = inputDate(data, INPUT.planStart, ctx, LIMITS.maxPlanStartDays);
      if (!start.ok) return start;
      const total = inputAmount(data, INPUT.planAmount, ctx);
      if (!total.ok) return total;
      if (total.value < n) return fail("VALIDATION", `${INPUT.planAmount} is too small for ${n} installments`);
      return ok({ verb, installments: n, startDate: start.value, amountMinor: total.value });
    }
    case "holdUntil": {
      const until = inputDate(data, INPUT.holdUntil, ctx, LIMITS.maxHoldDays);
      if (!until.ok) return until;
      const why = inputReason(data, INPUT.holdReason, true);
      return why.ok ? ok({ verb, until: until.value, reason: why.value! }) : why;
    }
    case "approveWriteOff": {
      const total = inputAmount(data, INPUT.writeOffAmount, ctx);
      if (!total.ok) return total;
      const why = inputReason(data, INPUT.writeOffReason, true);
      return why.ok ? ok({ verb, amountMinor: total.value, reason: why.value! }) : why;
    }
    case "reassign": {
      const to = inputText(data, INPUT.reassignTo);
      if (!ctx.reassignable.includes(to))
        return fail("VALIDATION", `${INPUT.reassignTo} must be one of the listed people`);
      const note = inputReason(data, INPUT.reassignNote, false);
      return note.ok ? ok(withNote({ verb, toUserId: to }, note.value)) : note;
    }
    default:
      return fail("VALIDATION", `unknown action ${verb}`);
  }
}
